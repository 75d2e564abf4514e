package dev.dynamicroutes.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A loopback HTTP/1.1 server whose every byte is scripted: for each request it reads the request head,
 * counts the request (before answering, so a client that has its answer always sees the count), and
 * lets a {@link Script} write whatever it likes, including nothing at all, a byte at a time, or a
 * lie in the headers. Each connection has its own thread and is closed after one exchange.
 */
final class ScriptedServer implements AutoCloseable {

    /** Writes the answer to request number {@code request} (1-based). */
    @FunctionalInterface
    interface Script {
        void answer(int request, OutputStream out) throws IOException, InterruptedException;
    }

    /** Thrown by a script to end its connection with a TCP reset (RST) instead of an orderly close. */
    static final class Reset extends IOException {
        private static final long serialVersionUID = 1L;

        Reset() {
            super("scripted connection reset");
        }
    }

    private final ServerSocket socket;
    private final Script script;
    private final AtomicInteger requests = new AtomicInteger();
    final List<String> heads = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    ScriptedServer(Script script) throws IOException {
        this.script = script;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int port() {
        return socket.getLocalPort();
    }

    int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                open.add(connection);
                Thread handler = new Thread(() -> handle(connection), "scripted-exchange");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void handle(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            String head = readHead(in);
            if (head == null) {
                return;
            }
            heads.add(head);
            int number = requests.incrementAndGet();
            OutputStream out = connection.getOutputStream();
            script.answer(number, out);
            out.flush();
        } catch (Reset e) {
            try {
                connection.setSoLinger(true, 0); // closing now sends RST, discarding anything unsent
            } catch (IOException ignored) {
                // already gone: nothing left to reset
            }
        } catch (IOException | InterruptedException e) {
            // the client went away (a timeout closed it), or the server is closing
        } finally {
            open.remove(connection);
        }
    }

    /** The request head, or {@code null} when the connection closes before a complete one. */
    private static @Nullable String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    // --- building answers ---

    static byte[] head(int status, String... headerLines) {
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return head.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A complete answer with a Content-Length matching {@code body}. */
    static void respond(OutputStream out, int status, byte[] body, String... headerLines) throws IOException {
        List<String> lines = new ArrayList<>(List.of(headerLines));
        lines.add("Content-Length: " + body.length);
        out.write(head(status, lines.toArray(String[]::new)));
        out.write(body);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
