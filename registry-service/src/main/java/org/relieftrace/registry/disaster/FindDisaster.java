package org.relieftrace.registry.disaster;

import java.util.UUID;

/** Finds one disaster with every report of its figures. */
public record FindDisaster(UUID disasterId) {
}
