package org.usrok.fund.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every item of a paged list, for exports: walks the same query the list pages through, page by
 * page of {@link PageRequest#MAX_SIZE}, so an export holds exactly the rows of the filter and is
 * authorized exactly as the list is. A service calls it inside its own method, so all the pages
 * are read in one transaction.
 */
public final class AllPages {

    private AllPages() {
    }

    public static <T> List<T> of(Function<PageRequest, Page<T>> list) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> next = list.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(next.items());
            if (next.items().size() < PageRequest.MAX_SIZE || all.size() >= next.total()) {
                return all;
            }
        }
    }
}
