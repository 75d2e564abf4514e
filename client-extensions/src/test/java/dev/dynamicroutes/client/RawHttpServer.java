package dev.dynamicroutes.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP/1.1 server that records each raw request line and header block exactly as
 * received (no URL decoding or normalisation by a framework) and answers every request with the same
 * response. For checking what goes on the wire.
 */
final class RawHttpServer implements AutoCloseable {

    /** One request as received: the request line and the header lines. */
    record Received(String requestLine, List<String> headerLines) {
        String target() {
            return requestLine.split(" ", 3)[1]; // method SP request-target SP version
        }
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    private final String responseBody;
    final List<Received> received = new CopyOnWriteArrayList<>();

    RawHttpServer(String responseBody) throws IOException {
        this.responseBody = responseBody;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                connection.setSoTimeout(5_000);
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
                String requestLine = in.readLine();
                if (requestLine == null) {
                    continue;
                }
                List<String> headers = new ArrayList<>();
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    headers.add(line);
                }
                received.add(new Received(requestLine, headers));
                byte[] body = responseBody.getBytes(StandardCharsets.UTF_8);
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                                + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // closed while accepting, or a client went away: keep serving until closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
