package org.backstop.app.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cable between the browser and the app that a test can pull out: a plain TCP relay on
 * its own port. Unplugged, nothing listens there, so the browser and its service worker
 * both meet a real network error, as on a phone with no signal. (DevTools' offline switch
 * reaches the page but not its worker.)
 */
final class Unplug implements AutoCloseable {

	private final int target;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listening;

	Unplug(int target) throws IOException {
		this.target = target;
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
		plugIn();
	}

	int port() {
		return this.port;
	}

	synchronized void plugIn() throws IOException {
		ServerSocket server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
		this.listening = server;
		Thread accepting = new Thread(() -> accept(server), "unplug-accept");
		accepting.setDaemon(true);
		accepting.start();
	}

	/** Stops listening and cuts every open connection. */
	synchronized void pullOut() throws IOException {
		this.listening.close();
		for (Socket socket : this.open) {
			socket.close();
		}
		this.open.clear();
	}

	@Override
	public void close() throws IOException {
		pullOut();
	}

	private void accept(ServerSocket server) {
		while (!server.isClosed()) {
			try {
				Socket browser = server.accept();
				Socket app = new Socket(InetAddress.getLoopbackAddress(), this.target);
				this.open.add(browser);
				this.open.add(app);
				pump(browser, app);
				pump(app, browser);
			}
			catch (IOException closed) {
				// Unplugged.
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (SocketException cut) {
				// One side went away.
			}
			catch (IOException ex) {
				// As above.
			}
			finally {
				try {
					from.close();
					to.close();
				}
				catch (IOException ignored) {
					// Closing what is already closed.
				}
				this.open.remove(from);
				this.open.remove(to);
			}
		}, "unplug-pump");
		thread.setDaemon(true);
		thread.start();
	}

}
