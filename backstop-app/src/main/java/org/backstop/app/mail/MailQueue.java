package org.backstop.app.mail;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Mail work done off the request, so that an answer takes as long whether or not a
 * message is written (nobody can time it to learn who has an account). One thread and a
 * bounded queue: a flood of requests cannot use up the memory or the database connections
 * of the app; beyond the queue, work is dropped and logged.
 */
public final class MailQueue implements AutoCloseable {

	private static final Log log = LogFactory.getLog(MailQueue.class);

	private final ThreadPoolExecutor executor;

	/**
	 * @param name the thread's name, and what the log calls the work
	 * @param maxWaiting how much work may wait
	 */
	public MailQueue(String name, int maxWaiting) {
		this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(maxWaiting),
				(task) -> {
					Thread thread = new Thread(task, name);
					thread.setDaemon(true);
					return thread;
				}, (task, executor) -> log.warn("Too much " + name + " work is waiting; one was dropped"));
	}

	/** Queues the work; a failure is logged, never thrown at the caller. */
	public void submit(Runnable work) {
		this.executor.execute(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.error("Mail work failed on " + Thread.currentThread().getName(), ex);
			}
		});
	}

	/** Waits until every piece of work so far is done: for tests. */
	public void await(Duration timeout) throws InterruptedException, TimeoutException, ExecutionException {
		this.executor.submit(() -> {
		}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
	}

}
