// The README's React 19 snippet, rendered by react-host.test.ts.
import { useState } from 'react';
import '../../src/news-list.js';
import type { FeedItem } from '../../src/classes.js';

export function LatestNews({ src, onOpen }: { src: string; onOpen?: (item: FeedItem) => void }) {
  const [shown, setShown] = useState<number>();
  return (
    <section>
      <benelux-news-list
        src={src}
        limit={2}
        heading-level={3}
        hide-views
        onbenelux-load={(event) => setShown(event.detail.items.length)}
        onbenelux-item-click={(event) => onOpen?.(event.detail.item)}
      >
        <a href="https://www.benelux.int/fr/">Toute l’actualité</a>
      </benelux-news-list>
      {shown !== undefined && <p className="count">{shown} news shown</p>}
    </section>
  );
}

/** A feed object the app already has, passed as the `feed` property (no request). */
export function InlineNews({ feed }: { feed: object }) {
  return <benelux-news-list feed={feed} layout="compact" />;
}
