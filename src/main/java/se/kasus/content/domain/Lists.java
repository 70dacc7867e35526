package se.kasus.content.domain;

import java.util.List;

final class Lists {

    private Lists() {
    }

    /** Absent lists in content files mean "none". */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
