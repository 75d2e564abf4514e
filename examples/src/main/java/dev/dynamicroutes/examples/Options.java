package dev.dynamicroutes.examples;

import java.util.List;
import java.util.Locale;

/** The program's command line: {@code [--format text|json|mermaid|dot] [--page N] [--per-page N] [--debug]}. */
record Options(Format format, Integer page, Integer perPage, boolean debug, boolean help) {

    enum Format {
        TEXT,
        JSON,
        MERMAID,
        DOT
    }

    static final String USAGE = String.join(
            "\n",
            "usage: java -jar dynamic-routes-example.jar [--format text|json|mermaid|dot] [--page N] [--per-page N] [--debug]",
            "  Lists every route of CLOUDFLARE_GATEWAY_ID in CLOUDFLARE_ACCOUNT_ID (all pages, or only --page N),",
            "  authenticating with CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY;",
            "  CLOUDFLARE_BASE_URL overrides the API's address.",
            "  Without credentials it lists sample data served by an embedded loopback server.");

    /** @throws IllegalArgumentException with a message for the user when the arguments are wrong */
    static Options parse(List<String> args) {
        Format format = Format.TEXT;
        Integer page = null;
        Integer perPage = null;
        boolean debug = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--format" -> format = format(value(args, ++i, arg));
                case "--page" -> page = positive(value(args, ++i, arg), arg);
                case "--per-page" -> perPage = positive(value(args, ++i, arg), arg);
                case "--debug" -> debug = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return new Options(format, page, perPage, debug, help);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static Format format(String value) {
        try {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be text, json, mermaid or dot, not '" + value + "'");
        }
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number of at least 1, not '" + value + "'");
    }
}
