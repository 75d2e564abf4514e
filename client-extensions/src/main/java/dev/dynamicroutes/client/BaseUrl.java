package dev.dynamicroutes.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/** Checks and normalises the API base URL. */
final class BaseUrl {

    private BaseUrl() {}

    /**
     * @return the URL with a lower-case scheme and without a trailing slash
     * @throws IllegalArgumentException when it is not an absolute http(s) URL, carries user info, a
     *     query or a fragment, or is plain http to a non-loopback host without {@code allowInsecureHttp}
     */
    static String check(String url, boolean allowInsecureHttp) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("baseUrl must not be blank");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("baseUrl must start with https:// (was scheme '" + scheme + "')");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl has no host");
        }
        if (uri.getRawUserInfo() != null) {
            // never echo it: it may be a password
            throw new IllegalArgumentException("baseUrl must not contain user info (credentials in the URL)");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            throw new IllegalArgumentException("baseUrl port must be between 1 and 65535, was " + uri.getPort());
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment");
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("baseUrl uses plain http:// to " + uri.getHost()
                    + ": credentials would travel unencrypted. Use https://, or call allowInsecureHttp(true)"
                    + " if this is really intended (plain http is always allowed to loopback addresses)");
        }
        // the scheme is case-insensitive (RFC 3986) but java.net.http accepts only lower case
        String normalised = scheme + uri.toString().substring(scheme.length());
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return normalised;
    }

    /** True for "localhost" and literal loopback addresses; never resolves a name through DNS. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            // 127.0.0.0/8, decided here: InetAddress would look a dotted quad with an octet above 255 up in DNS
            return h.startsWith("127.")
                    && Arrays.stream(h.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        }
        if (!h.matches("[0-9a-f:.]*:[0-9a-f:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress(); // with a ':' it is parsed as IPv6, never looked up
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
