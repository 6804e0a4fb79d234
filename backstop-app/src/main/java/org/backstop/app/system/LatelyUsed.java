package org.backstop.app.system;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded map that keeps the entries used most lately and drops the least lately used
 * once it is full; safe to share between request threads. For what can be recomputed at
 * any time (a result, a rendered fragment), so a dropped entry only costs time, or for
 * what is better kept a while than lost at once (a session the database refused).
 */
public final class LatelyUsed<K, V> {

	private final Map<K, V> entries;

	public LatelyUsed(int kept) {
		this.entries = new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > kept;
			}

		};
	}

	/** The kept value, or {@code null}; a hit counts as a use. */
	public synchronized V get(K key) {
		return this.entries.get(key);
	}

	public synchronized void put(K key, V value) {
		this.entries.put(key, value);
	}

	public synchronized void remove(K key) {
		this.entries.remove(key);
	}

	synchronized int size() {
		return this.entries.size();
	}

}
