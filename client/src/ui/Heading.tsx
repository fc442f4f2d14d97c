/** A heading whose level is chosen by the caller: the same section is h2 on a page, h3 in a panel. */
import type { HTMLAttributes, Ref } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4;

export function Heading({
  level,
  ...props
}: { level: HeadingLevel; ref?: Ref<HTMLHeadingElement> } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}
