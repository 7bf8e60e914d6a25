// Opens an html report of prompt-analyzers in headless Chromium through playwright-core and prints, as one JSON object
// on standard output, what a reader would see: console errors and page errors, requests that left the file, the bars
// each chart renders, and the values of every column of every sortable table as the page loads and after one and two
// clicks on its header. The .NET test (ToolEndToEndTests, the html report test) asserts on it.
//
// usage: node html-report-check.mjs <report.html> <chromium executable> <empty user-data folder>
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [reportPath, executablePath, userDataDir] = process.argv.slice(2);

// The flags that keep Chromium off the network on a closed machine (no sync, updates or background connections).
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  chromiumSandbox: false,
  args: [
    '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
  ],
});

try {
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const externalRequests = [];
  page.on('console', message => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', error => pageErrors.push(String(error)));
  page.on('request', request => { if (!request.url().startsWith('file:')) externalRequests.push(request.url()); });

  const url = pathToFileURL(reportPath).href;
  await page.goto(url, { waitUntil: 'load' });

  // A bar counts when the browser laid it out with a visible size.
  const charts = await page.$$eval('svg[id^="chart-"]', svgs => Object.fromEntries(svgs.map(svg => [
    svg.id,
    Array.from(svg.querySelectorAll('rect.bar')).filter(bar => {
      const box = bar.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    }).length,
  ])));

  const columnValues = (tableId, index) => page.$$eval(
    `table#${tableId} tbody tr`,
    (rows, i) => rows.map(row => row.cells[i].textContent),
    index);

  const tables = {};
  for (const tableId of await page.$$eval('table.sortable', ts => ts.map(t => t.id))) {
    const headers = await page.$$eval(`table#${tableId} thead th`, ths => ths.map(th => th.textContent));
    tables[tableId] = {};
    for (let index = 0; index < headers.length; index++) {
      // Each column starts from the page's own order.
      await page.reload({ waitUntil: 'load' });
      const header = page.locator(`table#${tableId} thead th`).nth(index);
      const before = await columnValues(tableId, index);
      await header.click();
      const firstClick = await columnValues(tableId, index);
      await header.click();
      const secondClick = await columnValues(tableId, index);
      tables[tableId][headers[index]] = { before, firstClick, secondClick };
    }
  }

  process.stdout.write(JSON.stringify({ title: await page.title(), consoleErrors, pageErrors, externalRequests, charts, tables }));
} finally {
  await context.close();
}
