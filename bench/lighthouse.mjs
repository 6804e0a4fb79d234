// Runs Lighthouse on Backstop's four phone pages and Chromium's installability check.
// Called by bench/lighthouse: node bench/lighthouse.mjs BASE_URL OUT_DIR NODE_MODULES
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [base, out, modules] = process.argv.slice(2);
const load = (name, file) => import(pathToFileURL(path.join(modules, name, file)).href);
const { default: lighthouse } = await load('lighthouse', 'core/index.js');
const puppeteer = (await load('puppeteer-core', 'lib/esm/puppeteer/puppeteer-core.js')).default;

const browser = await puppeteer.launch({
	executablePath: process.env.CHROME_PATH,
	headless: true,
	args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run',
		'--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Answers the wizard the plainest way until it shows a self-care result: "no" to every warning sign. */
async function walkToResult(page) {
	await page.goto(base + '/assess?lang=en', { waitUntil: 'load' });
	for (let step = 0; step < 20 && !page.url().includes('/assess/result'); step++) {
		await page.evaluate(() => {
			const form = document.querySelector("main form[method='post']");
			const groups = new Set([...form.querySelectorAll('input[type=radio]')].map((r) => r.name));
			for (const name of groups) {
				const options = [...form.querySelectorAll(`input[type=radio][name="${name}"]`)];
				if (options.some((o) => o.checked)) continue;
				const plain = options.find((o) => /^(no|none|false|0|lower_back|gradual|normal)$/.test(o.value));
				(plain || options[0]).checked = true;
			}
			for (const field of form.querySelectorAll('input[type=number], input[type=text]')) {
				if (!field.value && field.required) field.value = field.name.includes('age') ? '40' : '2';
			}
			if (form.querySelector('[name=age]') && !form.querySelector('[name=age]').value) {
				form.querySelector('[name=age]').value = '40';
			}
		});
		if (process.env.LIGHTHOUSE_DEBUG) console.error(page.url(), await page.$eval('main', (m) => m.innerText.slice(0, 400)));
		// "No" to a group of warning signs, "None of these" to the last step, else "Next".
		let selector = 'main button#next';
		for (const plainest of ['main button.signs__no', 'main button#none-of-these']) {
			if (await page.$(plainest)) {
				selector = plainest;
				break;
			}
		}
		await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
	}
	if (!page.url().includes('/assess/result')) {
		throw new Error('the wizard did not reach a result; it stopped at ' + page.url());
	}
}

// The result and plan first, while the session holds the result; one tab throughout
// (Chromium refuses new tabs after Lighthouse has driven one).
const pages = [
	{ name: 'result', path: '/assess/result', needsResult: true },
	{ name: 'plan', path: '/plan', needsResult: true },
	{ name: 'home', path: '/?lang=en' },
	{ name: 'wizard', path: '/assess' },
];
const rows = [];
const page = (await browser.pages())[0] || await browser.newPage();
await walkToResult(page);
for (const target of pages) {
	// The result and plan live in the session: keep its cookie (Lighthouse would clear
	// the site's storage first); the home page and wizard are measured as a first visit.
	const flags = {
		output: ['json', 'html'], logLevel: 'error', onlyCategories: categories,
		disableStorageReset: Boolean(target.needsResult), formFactor: 'mobile',
	};
	const result = await lighthouse(base + target.path, flags, undefined, page);
	const [json, html] = result.report;
	fs.writeFileSync(path.join(out, `${target.name}.json`), json);
	fs.writeFileSync(path.join(out, `${target.name}.html`), html);
	const lhr = result.lhr;
	const score = (id) => (lhr.categories[id] && lhr.categories[id].score !== null)
		? Math.round(lhr.categories[id].score * 100) : '-';
	const failing = Object.values(lhr.audits)
		.filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative'
			&& a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
		.map((a) => a.id);
	rows.push({ page: target.name, final: lhr.finalDisplayedUrl.replace(base, ''),
		performance: score('performance'), accessibility: score('accessibility'),
		'best-practices': score('best-practices'), seo: score('seo'),
		LCP: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
		TBT: Math.round(lhr.audits['total-blocking-time'].numericValue),
		CLS: lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3), below90: failing.join(' ') });
}

// Lighthouse 12 dropped its PWA category; Chromium itself says whether it would offer to
// install the page, with the reasons when not.
const check = page;
await check.goto(base + '/', { waitUntil: 'load' });
await check.evaluate(() => navigator.serviceWorker.ready);
const cdp = await check.createCDPSession();
const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
const manifest = await cdp.send('Page.getAppManifest');
await browser.close();

console.table(rows);
const installable = installabilityErrors.length === 0 && manifest.errors.length === 0;
console.log('installable:', installable ? 'yes' : 'no',
	JSON.stringify({ installabilityErrors, manifestErrors: manifest.errors }));
fs.writeFileSync(path.join(out, 'summary.json'), JSON.stringify({ lighthouse: '12.2.3', when: new Date().toISOString(),
	rows, installable, installabilityErrors, manifestErrors: manifest.errors }, null, 2));
