package org.usrok.fund.dashboard;

import java.io.Serializable;

/** How many records are in one status (or role, stage): the enum constant's name and the count. */
public record StatusCount(String status, long count) implements Serializable {
}
