import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEventDate } from '../../i18n/format-date.ts';
import type { NetworkEdge } from '../../model/contact-network.ts';
import type { Language } from '../../model/corpus-schema.ts';
import { formatNumber } from '../../i18n/format-number.ts';

/** A row: an edge with the names of its ends in the UI language. */
export interface EdgeRow {
  edge: NetworkEdge;
  /** "Vladimir Putin and Ahmed al-Sharaa", or "Dmitry Peskov on Syria". */
  label: string;
}

interface NetworkEdgeTableProps {
  rows: readonly EdgeRow[];
  lang: Language;
  /** A row's button was activated: filter to that edge. */
  onActivate: (key: string) => void;
}

/**
 * The network as a table, for reading and for the keyboard: one row per edge, most events first
 * (then in the network's own order), with who, the type, how many events and over what period.
 */
export function NetworkEdgeTable({ rows, lang, onActivate }: NetworkEdgeTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const sorted = [...rows].sort((a, b) => b.edge.count - a.edge.count);
  return (
    <table aria-labelledby={captionId} className="w-full border-collapse text-start text-sm">
      <caption id={captionId} className="pb-2 text-start text-sm text-zinc-600 dark:text-zinc-400">
        {t('features.network.table.caption')}
      </caption>
      <thead>
        <tr className="border-b border-zinc-300 dark:border-zinc-700">
          <th scope="col" className="px-2 py-1 text-start font-semibold">
            {t('features.network.table.between')}
          </th>
          <th scope="col" className="px-2 py-1 text-start font-semibold">
            {t('features.network.table.type')}
          </th>
          <th scope="col" className="px-2 py-1 text-end font-semibold">
            {t('features.network.table.count')}
          </th>
          <th scope="col" className="px-2 py-1 text-start font-semibold">
            {t('features.network.table.period')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map(({ edge, label }) => (
          <tr key={edge.key} data-edge={edge.key} className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="row" className="p-0 text-start font-normal">
              <button
                type="button"
                onClick={() => onActivate(edge.key)}
                className="min-h-10 w-full px-2 text-start text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
              >
                {label}
              </button>
            </th>
            <td className="px-2 py-1">{t(`eventType.${edge.type}`)}</td>
            <td className="px-2 py-1 text-end tabular-nums">{formatNumber(edge.count, lang)}</td>
            <td className="px-2 py-1">
              {formatEventDate({ start: edge.first, end: edge.last, precision: 'day', range: true }, lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
