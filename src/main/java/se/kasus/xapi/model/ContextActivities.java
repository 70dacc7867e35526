package se.kasus.xapi.model;

import jakarta.validation.Valid;
import java.util.List;

/**
 * Activities that give the statement its context. In JSON each list may arrive as a single activity; it is always
 * written as a list.
 *
 * @param parent activities with a direct relation to the statement's activity (2.4.6.2)
 * @param grouping activities with an indirect relation (2.4.6.2)
 * @param category activities that categorise the statement, such as a profile (2.4.6.2)
 * @param other any other context activities (2.4.6.2)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.6.2">xAPI 1.0.3 Data, 2.4.6.2</a>
 */
public record ContextActivities(
        @Valid List<Activity> parent,
        @Valid List<Activity> grouping,
        @Valid List<Activity> category,
        @Valid List<Activity> other) {

    public ContextActivities {
        parent = parent == null ? null : List.copyOf(parent);
        grouping = grouping == null ? null : List.copyOf(grouping);
        category = category == null ? null : List.copyOf(category);
        other = other == null ? null : List.copyOf(other);
    }
}
