// JSX types for the widgets in React 19 — the README's "TypeScript" snippet, checked by tsc.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  BeneluxNewsList,
  BeneluxReadMore,
  BeneluxThemeCard,
  Feed,
  FeedErrorDetail,
  FeedItem,
  NewsListLayout,
} from '../../src/classes.js';

type Host<E> = DetailedHTMLProps<HTMLAttributes<E>, E> & { class?: string };
type On<Detail> = (event: CustomEvent<Detail>) => void;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'benelux-news-list': Host<BeneluxNewsList> & {
        src?: string;
        'fallback-src'?: string;
        feed?: unknown;
        limit?: number;
        theme?: string;
        tag?: string;
        'related-to'?: string;
        'heading-level'?: number;
        layout?: NewsListLayout;
        'hide-views'?: boolean;
        'hide-images'?: boolean;
        'hide-summary'?: boolean;
        'load-more'?: boolean;
        lazy?: boolean;
        refresh?: number;
        target?: string;
        'onbenelux-load'?: On<{ feed: Feed; items: FeedItem[] }>;
        'onbenelux-error'?: On<FeedErrorDetail>;
        'onbenelux-item-click'?: On<{ item: FeedItem }>;
      };
      'benelux-theme-card': Host<BeneluxThemeCard> & {
        src?: string;
        'fallback-src'?: string;
        feed?: unknown;
        item?: string;
        theme?: string;
        href?: string;
        'heading-level'?: number;
        lines?: number;
        'news-limit'?: number;
        refresh?: number;
        'onbenelux-load'?: On<{ feed: Feed; item?: FeedItem }>;
        'onbenelux-error'?: On<FeedErrorDetail>;
      };
      'benelux-read-more': Host<BeneluxReadMore> & {
        lines?: number;
        expanded?: boolean;
        href?: string;
        label?: string;
        'onbenelux-toggle'?: On<{ expanded: boolean }>;
      };
    }
  }
}
