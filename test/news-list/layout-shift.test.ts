// Layout stability, measured the way browsers score it: the page's cumulative layout
// shift (PerformanceObserver 'layout-shift') while a feed arrives 500 ms late.
// The assertion is on layout (CLS ≤ 0.01), not on time.
import { expect, fixture, html } from '@open-wc/testing';
import { LOCALES, uniqueKey, untilState } from '../support/helpers.js';
import { frames, type BeneluxNewsList } from './support.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Runs `fn` and returns the layout shift it caused on the page. */
async function measureShift(fn: () => Promise<void>): Promise<number> {
  const shifts: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) =>
    shifts.push(...(list.getEntries() as LayoutShift[])),
  );
  observer.observe({ type: 'layout-shift' });
  await fn();
  await frames(3);
  shifts.push(...(observer.takeRecords() as LayoutShift[]));
  observer.disconnect();
  return shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
}

/** A host page: a heading, the widget, and content below it that would move. */
async function hostPage(list: ReturnType<typeof html>) {
  const page = await fixture<HTMLElement>(html`
    <main>
      <h1>Concertation Senningen</h1>
      ${list}
      <p class="below">
        Les pays du Benelux unissent police, justice et services de sécurité pour répondre ensemble
        à la criminalité transfrontalière.
      </p>
    </main>
  `);
  return page;
}

describe('<benelux-news-list> layout shift', () => {
  it('the measurement sees a real shift (control)', async () => {
    const page = await hostPage(html`<div class="slot"></div>`);
    const cls = await measureShift(async () => {
      await frames(2);
      (page.querySelector('.slot') as HTMLElement).style.height = '200px';
    });
    expect(cls).to.be.greaterThan(0.01);
  });

  for (const lang of LOCALES) {
    for (const layout of ['list', 'grid', 'compact']) {
      for (const width of [320, 760]) {
        it(`${lang}, ${layout}, ${width}px: a 500 ms-late feed causes CLS ≤ 0.01`, async () => {
          const feed = `/demo/feeds/news.${lang}.json`;
          let heights: number[] = [];
          const cls = await measureShift(async () => {
            const page = await hostPage(
              html`<benelux-news-list
                lang=${lang}
                limit="3"
                layout=${layout}
                src=${`/api/slow?ms=500&feed=${feed}&key=${uniqueKey()}`}
              ></benelux-news-list>`,
            );
            const el = page.querySelector<BeneluxNewsList>('benelux-news-list')!;
            el.style.width = `${width}px`;
            await frames(2);
            expect(el.getAttribute('state')).to.equal('loading');
            const below = page.querySelector('.below')!;
            const before = below.getBoundingClientRect().top;
            await untilState(el, 'populated');
            await frames(2);
            heights = [before, below.getBoundingClientRect().top];
          });
          expect(heights[1]).to.be.closeTo(heights[0], 1);
          expect(cls).to.be.at.most(0.01);
        });
      }
    }
  }
});
