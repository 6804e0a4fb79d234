package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatelyUsedTest {

	@Test
	void whenFullTheLeastLatelyUsedEntryGoesAndAReadCountsAsAUse() {
		LatelyUsed<String, Integer> kept = new LatelyUsed<>(2);
		kept.put("a", 1);
		kept.put("b", 2);
		assertThat(kept.get("a")).isEqualTo(1);
		kept.put("c", 3);
		assertThat(kept.get("b")).isNull();
		assertThat(kept.get("a")).isEqualTo(1);
		assertThat(kept.get("c")).isEqualTo(3);
		assertThat(kept.size()).isEqualTo(2);
	}

	@Test
	void puttingAKeyAgainReplacesItsValueWithoutGrowing() {
		LatelyUsed<String, Integer> kept = new LatelyUsed<>(2);
		kept.put("a", 1);
		kept.put("a", 2);
		assertThat(kept.get("a")).isEqualTo(2);
		assertThat(kept.size()).isEqualTo(1);
	}

}
