package dev.dynamicroutes.examples;

import java.util.List;
import java.util.Locale;

/**
 * The program's command line: {@code [--format text|json|mermaid|dot] [--page N] [--per-page N] [--debug]};
 * an option's value follows it as the next argument or after {@code =} ({@code --format=json}).
 */
record Options(Format format, Integer page, Integer perPage, boolean debug, boolean help) {

    enum Format {
        TEXT,
        JSON,
        MERMAID,
        DOT
    }

    static final String USAGE = """
            usage: java -jar dynamic-routes-example.jar [--format text|json|mermaid|dot] [--page N] [--per-page N] [--debug]
              Lists every route of CLOUDFLARE_GATEWAY_ID in CLOUDFLARE_ACCOUNT_ID (all pages, or only --page N),
              authenticating with CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY;
              CLOUDFLARE_BASE_URL overrides the API's address. A value may also follow '=' (--format=json).
              Without credentials it lists sample data served by an embedded loopback server.""";

    /** @throws IllegalArgumentException with a message for the user when the arguments are wrong */
    static Options parse(List<String> args) {
        Format format = Format.TEXT;
        Integer page = null;
        Integer perPage = null;
        boolean debug = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            // "--format=json" is "--format json"; the value is everything after the first '='
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String option = equals < 0 ? arg : arg.substring(0, equals);
            String inline = equals < 0 ? null : arg.substring(equals + 1);
            switch (option) {
                case "--format" -> format = format(inline != null ? inline : value(args, ++i, option));
                case "--page" -> page = positive(inline != null ? inline : value(args, ++i, option), option);
                case "--per-page" -> perPage = positive(inline != null ? inline : value(args, ++i, option), option);
                case "--debug" -> debug = flag(inline, option);
                case "--help", "-h" -> help = flag(inline, option);
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
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

    private static boolean flag(String inline, String option) {
        if (inline != null) {
            throw new IllegalArgumentException(option + " takes no value");
        }
        return true;
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
