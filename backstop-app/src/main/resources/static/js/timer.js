// Therapy timer: start, pause and reset a countdown; breathing prompts; a gentle sound,
// a vibration and a kept-awake screen while it runs. Progressive enhancement only: the
// page gives the durations and instructions without this script.
(function () {
	'use strict';
	var root = document.getElementById('timer');
	if (!root) {
		return;
	}
	var total = parseInt(root.dataset.seconds, 10);
	var max = parseInt(root.dataset.maxSeconds, 10);
	if (!(total > 0)) {
		return;
	}
	// Never run longer than the limit the page was given, whatever the attributes say.
	if (max > 0 && total > max) {
		total = max;
	}
	var kind = root.dataset.kind;
	var breatheIn = parseInt(root.dataset['in'], 10) || 4;
	var breatheOut = parseInt(root.dataset.out, 10) || 6;
	var remainingEl = document.getElementById('timer-remaining');
	var phaseEl = document.getElementById('timer-phase');
	var statusEl = document.getElementById('timer-status');
	var start = document.getElementById('timer-start');
	var pause = document.getElementById('timer-pause');
	var reset = document.getElementById('timer-reset');

	var left = total;
	var endsAt = 0;
	var ticking = null;
	var wakeLock = null;
	var audio = null;
	var lastPhase = null;

	function clock(seconds) {
		var s = Math.max(0, Math.ceil(seconds));
		var m = Math.floor(s / 60);
		var r = s % 60;
		return m + ':' + (r < 10 ? '0' : '') + r;
	}

	function announce(text) {
		statusEl.textContent = text;
	}

	function leftText(seconds) {
		return (root.dataset.msgLeft || '{0}').replace('{0}', clock(seconds));
	}

	// Announce at sensible moments only: each minute for long timers, and near the end.
	function worthAnnouncing(before, after) {
		var marks = total > 120 ? [60, 30, 10] : [10];
		if (total > 120) {
			for (var m = 120; m < total; m += 60) {
				marks.push(m);
			}
		}
		for (var i = 0; i < marks.length; i++) {
			if (before > marks[i] && after <= marks[i]) {
				return true;
			}
		}
		return false;
	}

	function showPhase(elapsed) {
		if (!phaseEl) {
			return;
		}
		var cycle = breatheIn + breatheOut;
		var inCycle = elapsed % cycle;
		var phase = inCycle < breatheIn ? 'in' : 'out';
		if (phase !== lastPhase) {
			lastPhase = phase;
			phaseEl.textContent = phase === 'in' ? root.dataset.msgIn : root.dataset.msgOut;
		}
	}

	function render() {
		remainingEl.textContent = clock(left);
		showPhase(total - left);
	}

	function requestWakeLock() {
		if (!('wakeLock' in navigator) || wakeLock) {
			return;
		}
		navigator.wakeLock.request('screen').then(function (lock) {
			wakeLock = lock;
			lock.addEventListener('release', function () {
				wakeLock = null;
			});
		}).catch(function () {
			wakeLock = null;
		});
	}

	function releaseWakeLock() {
		if (wakeLock) {
			wakeLock.release().catch(function () {});
			wakeLock = null;
		}
	}

	function chime() {
		if (!audio) {
			return;
		}
		try {
			var now = audio.currentTime;
			[523.25, 659.25].forEach(function (frequency, i) {
				var osc = audio.createOscillator();
				var gain = audio.createGain();
				osc.type = 'sine';
				osc.frequency.value = frequency;
				gain.gain.setValueAtTime(0.0001, now + i * 0.4);
				gain.gain.exponentialRampToValueAtTime(0.2, now + i * 0.4 + 0.05);
				gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.4 + 1.2);
				osc.connect(gain).connect(audio.destination);
				osc.start(now + i * 0.4);
				osc.stop(now + i * 0.4 + 1.3);
			});
		} catch (e) {
			// No sound is fine: the words on the page say it is over.
		}
	}

	function tick() {
		var before = left;
		left = Math.max(0, (endsAt - Date.now()) / 1000);
		render();
		if (left <= 0) {
			finish();
			return;
		}
		if (worthAnnouncing(before, left)) {
			announce(leftText(left));
		}
	}

	function running() {
		return ticking !== null;
	}

	function setButtons() {
		start.disabled = running() || left <= 0;
		pause.disabled = !running();
	}

	function begin() {
		if (running() || left <= 0) {
			return;
		}
		// Sound may only start after the person pressed Start.
		if (!audio && (window.AudioContext || window.webkitAudioContext)) {
			audio = new (window.AudioContext || window.webkitAudioContext)();
		}
		if (audio && audio.state === 'suspended') {
			audio.resume();
		}
		root.classList.remove('timer--done');
		endsAt = Date.now() + left * 1000;
		ticking = window.setInterval(tick, 250);
		requestWakeLock();
		announce(leftText(left));
		setButtons();
	}

	function stop() {
		if (ticking !== null) {
			window.clearInterval(ticking);
			ticking = null;
		}
		releaseWakeLock();
		setButtons();
	}

	function finish() {
		left = 0;
		stop();
		render();
		root.classList.add('timer--done');
		announce(root.dataset.msgDone);
		if (phaseEl) {
			phaseEl.textContent = root.dataset.msgDone;
		}
		chime();
		if (navigator.vibrate) {
			navigator.vibrate([200, 100, 200]);
		}
	}

	start.addEventListener('click', begin);
	pause.addEventListener('click', function () {
		if (running()) {
			left = Math.max(0, (endsAt - Date.now()) / 1000);
			stop();
			render();
			announce(leftText(left));
		}
	});
	reset.addEventListener('click', function () {
		stop();
		left = total;
		lastPhase = null;
		root.classList.remove('timer--done');
		render();
		announce(leftText(left));
		setButtons();
	});
	// A wake lock is dropped when the page is hidden; take it again on return.
	document.addEventListener('visibilitychange', function () {
		if (document.visibilityState === 'visible' && running()) {
			requestWakeLock();
		}
	});

	[start, pause, reset].forEach(function (button) {
		button.hidden = false;
	});
	root.classList.add('timer--js');
	render();
	setButtons();
}());
