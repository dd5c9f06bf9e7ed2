// React 19 JSX types for <oih-checklist>, a separate entry so that pages
// without React never load React's types. Use it once in the app:
//   import type {} from 'oih-checklist/react';
// (or list "oih-checklist/react" in tsconfig's compilerOptions.types).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OihChecklistElement } from './index.js';

/** The attributes the element reads (custom-elements.json lists them). */
export interface OihChecklistAttributes {
  /** Level of the widget's title, 1 to 6 (default 2); its sections use the next levels. */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';
  /** Tighter spacing and no introduction, for sidebars. */
  compact?: boolean;
  /** The widget's language (default: the element's or page's `lang`): English, or Spanish for `es` and `es-*`. */
  lang?: string;
}

/** What JSX accepts on <oih-checklist>: React's HTML attributes and the element's own. */
export type OihChecklistProps = DetailedHTMLProps<HTMLAttributes<OihChecklistElement>, OihChecklistElement> &
  OihChecklistAttributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'oih-checklist': OihChecklistProps;
    }
  }
}
