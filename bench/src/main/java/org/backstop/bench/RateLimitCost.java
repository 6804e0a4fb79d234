package org.backstop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the shared rate limit adds to a request: anonymous
 * {@code POST /api/v1/assessments} sent in turns to a node that counts every request in
 * the database and to a node with the limits off, both running at once on the same
 * machine, so the machine's noise falls on both alike. A third target sends each request
 * from a new address (the node trusts the loopback as its proxy), so every count is a new
 * row, as in a flood. Started by {@code bench/rate-limit-cost}; JDK only, so it also runs
 * as
 * {@code java RateLimitCost.java LIMITED_URL UNLIMITED_URL [threads] [requests] [rounds]}.
 */
public final class RateLimitCost {

	static final String ASSESSMENT = "{\"age\":42,\"sex\":\"female\","
			+ "\"pain\":{\"intensity\":5,\"region\":\"lower_back\",\"durationDays\":2}}";

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final AtomicLong ADDRESSES = new AtomicLong();

	private RateLimitCost() {
	}

	record Target(String name, String url, boolean newAddressEach) {
	}

	public static void main(String[] args) throws Exception {
		String limited = args[0];
		String unlimited = args[1];
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 1;
		int requests = (args.length > 3) ? Integer.parseInt(args[3]) : 2000;
		int rounds = (args.length > 4) ? Integer.parseInt(args[4]) : 6;
		List<Target> targets = List.of(new Target("limits off", unlimited, false),
				new Target("shared limit, one address", limited, false),
				new Target("shared limit, new address each", limited, true));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (Target target : targets) {
				run(pool, target, threads, requests);
			}
			double[][] micros = new double[targets.size()][rounds];
			for (int round = 0; round < rounds; round++) {
				for (int t = 0; t < targets.size(); t++) {
					// Each round in another order, so no target always follows the same
					// one.
					int which = (t + round) % targets.size();
					micros[which][round] = run(pool, targets.get(which), threads, requests);
				}
			}
			System.out.printf("%d thread(s), %d requests a target a round, %d rounds; microseconds a request "
					+ "(wall time / requests), median and range over the rounds%n", threads, requests, rounds);
			double off = median(micros[0]);
			for (int t = 0; t < targets.size(); t++) {
				double median = median(micros[t]);
				double[] sorted = micros[t].clone();
				Arrays.sort(sorted);
				System.out.printf("  %-32s %8.1f  (%.1f to %.1f)  added %+7.1f  (%.2f of limits off's throughput)%n",
						targets.get(t).name(), median, sorted[0], sorted[sorted.length - 1], median - off,
						off / median);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Sends the requests on the threads; answers wall microseconds a request. */
	private static double run(ExecutorService pool, Target target, int threads, int requests) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url() + "/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(ASSESSMENT));
		AtomicLong left = new AtomicLong(requests);
		long start = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int thread = 0; thread < threads; thread++) {
			done.add(pool.submit(() -> {
				while (left.getAndDecrement() > 0) {
					HttpRequest.Builder one = request.copy();
					if (target.newAddressEach()) {
						long n = ADDRESSES.incrementAndGet();
						one.header("X-Forwarded-For",
								"10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255));
					}
					HttpResponse<Void> answer = CLIENT.send(one.build(), HttpResponse.BodyHandlers.discarding());
					if (answer.statusCode() != 200) {
						throw new IllegalStateException(target.name() + " answered " + answer.statusCode());
					}
				}
				return null;
			}));
		}
		for (Future<?> each : done) {
			each.get();
		}
		return (System.nanoTime() - start) / 1_000.0 / requests;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
