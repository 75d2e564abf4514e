package dev.dynamicroutes.client;

/** The expected-table format shared by the transport matrices: {@code NAME | outcome | requests}. */
final class TransportTables {

    private TransportTables() {}

    /** The row {@code name} of {@code table}, formatted as the matrices print their actual rows. */
    static String expectedLine(String table, String name) {
        return table.lines()
                .filter(line -> line.startsWith(name + " "))
                .findFirst()
                .map(line -> {
                    String[] cells = line.split("\\|", -1);
                    return String.format("%-31s | %-26s | %s", cells[0].strip(), cells[1].strip(), cells[2].strip());
                })
                .orElseThrow(() -> new AssertionError("no expected row for " + name));
    }
}
