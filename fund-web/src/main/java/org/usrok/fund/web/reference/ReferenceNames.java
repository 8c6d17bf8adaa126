package org.usrok.fund.web.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.reference.CostCategorySummary;
import org.usrok.fund.reference.MaterialSummary;
import org.usrok.fund.reference.ReferenceDataService;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.web.portal.LanguageSwitch;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names of reference data and rounds in the reader's language ({@code #{names.material('LITHIUM')}}):
 * Korean names for a Korean page, English otherwise. Read once per request, retired entries included,
 * since old applications and claims still name them.
 */
@Named("names")
@RequestScoped
public class ReferenceNames {

    @Inject
    ReferenceDataService reference;

    @Inject
    RoundService rounds;

    @Inject
    LanguageSwitch language;

    private final Map<Long, String> koreanRoundNames = new HashMap<>();

    private Map<String, MaterialSummary> materials;
    private Map<String, CostCategorySummary> categories;

    public String material(String code) {
        MaterialSummary m = materials().get(code);
        return m == null ? code : language.isKorean() ? m.nameKo() : m.nameEn();
    }

    public String category(String code) {
        CostCategorySummary c = categories().get(code);
        return c == null ? code : language.isKorean() ? c.nameKo() : c.nameEn();
    }

    /** Whether the category's amount is computed by the fund's rule (the price differential). */
    public boolean computed(String code) {
        CostCategorySummary c = categories().get(code);
        return c != null && c.computedByRule();
    }

    public String round(RoundDetails round) {
        return round == null ? "" : language.isKorean() ? round.nameKo() : round.nameEn();
    }

    /**
     * A round's name in the reader's language by its id, for read models that carry only the
     * English name ({@code #{names.roundName(c.roundId, c.roundName)}}); each round is read once
     * per request, and only for a Korean page.
     */
    public String roundName(long roundId, String english) {
        if (!language.isKorean()) {
            return english;
        }
        return koreanRoundNames.computeIfAbsent(roundId, id -> {
            try {
                return rounds.get(id).nameKo();
            } catch (EntityNotFoundException e) {
                return english;
            }
        });
    }

    /** The materials' names, joined in the reader's language. */
    public String materials(List<String> codes) {
        return codes == null ? "" : codes.stream().map(this::material).collect(Collectors.joining(", "));
    }

    public String categories(List<String> codes) {
        return codes == null ? "" : codes.stream().map(this::category).collect(Collectors.joining(", "));
    }

    private Map<String, MaterialSummary> materials() {
        if (materials == null) {
            materials = index(reference.materials(true), MaterialSummary::code);
        }
        return materials;
    }

    private Map<String, CostCategorySummary> categories() {
        if (categories == null) {
            categories = index(reference.costCategories(true), CostCategorySummary::code);
        }
        return categories;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }
}
