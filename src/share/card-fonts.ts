import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A weight the cards are set in. */
export type CardWeight = 'regular' | 'bold';

/**
 * The fonts the cards are drawn with: Noto Sans for Latin and Cyrillic, Noto Sans Arabic for
 * Arabic, regular and bold, from npm packages (SIL Open Font License), so that a card looks the
 * same on every machine that builds it, whatever fonts the system has. TTF: the renderer reads
 * no WOFF2.
 */
export const CARD_FONTS = {
  latin: {
    family: 'Noto Sans',
    regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  },
  arabic: {
    family: 'Noto Sans Arabic',
    regular: require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
  },
} as const;

/** Every font file, for the renderer. */
export const CARD_FONT_FILES: string[] = [
  CARD_FONTS.latin.regular,
  CARD_FONTS.latin.bold,
  CARD_FONTS.arabic.regular,
  CARD_FONTS.arabic.bold,
];
