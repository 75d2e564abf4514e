package dev.dynamicroutes.examples;

import java.io.PrintStream;

/**
 * Output lines that carry server text (route names and ids in the text report and the Mermaid
 * {@code %% route} comment, error messages): a control character (an escape sequence, a line break
 * inside a name) or a Unicode bidi/format character is written as a space. A line break inside a
 * route name would otherwise start a line of its own, e.g. a Mermaid
 * {@code click … href "javascript:…"} statement after {@code %% route <name>}. The Mermaid and DOT
 * documents themselves are the library's, whose labels are escaped ({@code GraphRenderingTest}).
 *
 * <pre>{@code
 * PrintStream out = TerminalSafeOutput.wrap(System.out);
 * out.println("route " + route.name());   // one line, whatever the name holds
 * }</pre>
 */
final class TerminalSafeOutput extends PrintStream {

    private TerminalSafeOutput(PrintStream target) {
        super(target, true);
    }

    static PrintStream wrap(PrintStream target) {
        return target instanceof TerminalSafeOutput ? target : new TerminalSafeOutput(target);
    }

    /** Control, format and separator characters as spaces; line breaks are only the ones println adds. */
    static String neutralise(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            // a tab cannot start a line or an escape sequence (and stack traces under --debug use it)
            boolean unsafe = (cp != '\t' && type == Character.CONTROL)
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.SURROGATE;
            out.append(unsafe ? " " : new String(Character.toChars(cp)));
        });
        return out.toString();
    }

    @Override
    public void print(String s) {
        super.print(neutralise(s));
    }

    @Override
    public void print(Object o) {
        super.print(neutralise(String.valueOf(o)));
    }

    @Override
    public void println(String s) {
        synchronized (this) {
            print(s);
            println();
        }
    }

    @Override
    public void println(Object o) {
        println(String.valueOf(o));
    }
}
