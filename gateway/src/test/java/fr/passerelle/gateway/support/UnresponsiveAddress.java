package fr.passerelle.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port where connecting hangs, as with a host that does not answer: a listening socket
 * that never accepts, whose accept queue is filled, so the kernel leaves further connection
 * attempts unanswered.
 */
final class UnresponsiveAddress implements AutoCloseable {

  private final ServerSocket listener;
  private final List<Socket> queued = new ArrayList<>();

  UnresponsiveAddress() {
    try {
      listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      for (int i = 0; i < 16; i++) {
        Socket socket = new Socket();
        try {
          socket.connect(listener.getLocalSocketAddress(), 200);
          queued.add(socket);
        } catch (SocketTimeoutException full) {
          socket.close();
          return;
        }
      }
      throw new IllegalStateException("The accept queue never filled up");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return listener.getLocalPort();
  }

  @Override
  public void close() {
    for (Socket socket : queued) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing test sockets: nothing to do about a failure.
      }
    }
    try {
      listener.close();
    } catch (IOException ignored) {
      // Same.
    }
  }

  /** A loopback port nothing listens on (connections are refused). */
  static int closedPort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
