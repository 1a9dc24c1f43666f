package dev.gatehouse.it.apikey;

import dev.gatehouse.it.support.Reply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A GET written byte for byte on a socket, for header values that {@link java.net.http.HttpClient}
 * refuses or rewrites: UTF-8 bytes, whitespace around the value.
 */
final class RawHttp {

  private RawHttp() {}

  /** GET {@code path} with these raw header lines (without CRLF), {@code Connection: close}. */
  static Reply get(URI base, String path, byte[]... headerLines) {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(ascii("GET " + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
          + "\r\nConnection: close\r\n"));
      for (byte[] line : headerLines) {
        out.write(line);
        out.write(ascii("\r\n"));
      }
      out.write(ascii("\r\n"));
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    }
  }

  /** {@code name: value} with the value's UTF-8 bytes. */
  static byte[] header(String name, String value) {
    return (name + ": " + value).getBytes(StandardCharsets.UTF_8);
  }

  private static Reply parse(byte[] response) throws IOException {
    String text = new String(response, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    byte[] body = Arrays.copyOfRange(response, end + 4, response.length);
    if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
      body = unchunk(body);
    }
    return new Reply(
        status, HttpHeaders.of(headers, (k, v) -> true), new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new ByteArrayInputStream(chunked);
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("truncated chunk size");
        }
        if (c != '\r') {
          size.append((char) c);
        }
      }
      int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
      if (length == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(length));
      in.readNBytes(2);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
