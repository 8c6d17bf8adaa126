package org.usrok.fund.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AllPagesTest {

    /** A list of {@code total} numbers paged like a service's query, recording the pages asked for. */
    private static List<Integer> walk(int total, List<PageRequest> asked) {
        List<Integer> items = IntStream.range(0, total).boxed().toList();
        return AllPages.of(page -> {
            asked.add(page);
            int from = Math.min(page.offset(), total);
            return new Page<>(items.subList(from, Math.min(from + page.size(), total)), page.page(), page.size(), total);
        });
    }

    @Test
    void collectsEveryItemInOrderAcrossPagesOfTheLargestSize() {
        List<PageRequest> asked = new ArrayList<>();
        List<Integer> all = walk(2 * PageRequest.MAX_SIZE + 7, asked);

        assertThat(all).containsExactlyElementsOf(IntStream.range(0, 2 * PageRequest.MAX_SIZE + 7).boxed().toList());
        assertThat(asked).extracting(PageRequest::page).containsExactly(0, 1, 2);
        assertThat(asked).extracting(PageRequest::size).containsOnly(PageRequest.MAX_SIZE);
    }

    @Test
    void stopsAfterAFullLastPageAndOnAnEmptyList() {
        List<PageRequest> asked = new ArrayList<>();
        assertThat(walk(PageRequest.MAX_SIZE, asked)).hasSize(PageRequest.MAX_SIZE);
        assertThat(asked).hasSize(1);

        asked.clear();
        assertThat(walk(0, asked)).isEmpty();
        assertThat(asked).hasSize(1);
    }
}
