import { useTranslation } from 'react-i18next';
import { edgeDash } from './network-style.ts';

interface NetworkLegendProps {
  /** The countries of the people drawn, with their colours and names in the UI language. */
  countries: readonly { code: string; name: string; colour: string }[];
  /** Whether country nodes and statement edges are drawn. */
  showCountries: boolean;
}

function LineSample({ type, arrow = false }: { type: 'call' | 'meeting' | 'statement'; arrow?: boolean }) {
  return (
    <svg width="30" height="10" aria-hidden="true" focusable="false" className="shrink-0">
      <line
        x1="1"
        x2={arrow ? 24 : 29}
        y1="5"
        y2="5"
        strokeWidth="2"
        strokeDasharray={edgeDash(type, 2)}
        strokeLinecap={type === 'statement' ? 'round' : 'butt'}
        className="stroke-zinc-600 dark:stroke-zinc-300"
      />
      {arrow && <path d="M23,1L29,5L23,9Z" className="fill-zinc-600 dark:fill-zinc-300" />}
    </svg>
  );
}

/** What the network's lines, sizes, shapes and colours mean. */
export function NetworkLegend({ countries, showCountries }: NetworkLegendProps) {
  const { t } = useTranslation();
  return (
    <div className="space-y-1 text-xs text-zinc-700 dark:text-zinc-300">
      <ul aria-label={t('features.network.legend.label')} className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <li className="inline-flex items-center gap-1.5">
          <LineSample type="call" />
          {t('features.network.legend.call')}
        </li>
        <li className="inline-flex items-center gap-1.5">
          <LineSample type="meeting" />
          {t('features.network.legend.meeting')}
        </li>
        {showCountries && (
          <>
            <li className="inline-flex items-center gap-1.5">
              <LineSample type="statement" arrow />
              {t('features.network.legend.statement')}
            </li>
            <li className="inline-flex items-center gap-1.5">
              <svg width="14" height="14" aria-hidden="true" focusable="false" className="shrink-0">
                <rect
                  x="1"
                  y="1"
                  width="12"
                  height="12"
                  rx="2"
                  strokeWidth="1.5"
                  className="fill-white stroke-zinc-700 dark:fill-zinc-900 dark:stroke-zinc-200"
                />
              </svg>
              {t('features.network.legend.countryNode')}
            </li>
          </>
        )}
        <li>{t('features.network.legend.size')}</li>
      </ul>
      {countries.length > 0 && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>{t('features.network.legend.colours')}</span>
          <ul className="contents">
            {countries.map((country) => (
              <li key={country.code} className="inline-flex items-center gap-1">
                <svg width="18" height="18" aria-hidden="true" focusable="false" className="shrink-0">
                  <circle cx="9" cy="9" r="8" fill={country.colour} />
                  <text
                    x="9"
                    y="9"
                    dy="0.35em"
                    textAnchor="middle"
                    fontSize="7"
                    fill="#ffffff"
                    className="font-semibold"
                  >
                    {country.code}
                  </text>
                </svg>
                {country.name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
