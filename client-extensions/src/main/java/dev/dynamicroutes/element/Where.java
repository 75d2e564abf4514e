package dev.dynamicroutes.element;

/** Something that can say where it is, building the {@link Location} only when asked (on a problem). */
interface Where {
    Location location();
}
