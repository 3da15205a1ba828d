/** The browsers whose own steps to allow the camera differ; `other` gets general words. */
export type BrowserFamily = 'chromium' | 'firefox' | 'safari' | 'ios' | 'android' | 'other';

/** Where the operating system's camera setting lives. */
export type SystemFamily = 'mac' | 'windows' | 'ios' | 'android' | 'other';

export interface Platform {
  browser: BrowserFamily;
  system: SystemFamily;
}

interface UserAgentData {
  platform: string;
  brands: { brand: string }[];
}

/**
 * Which browser and system the visitor uses, only to show the right steps: `navigator.userAgentData` where the
 * browser has it (Chromium), else the user-agent string.
 */
export function detectPlatform(
  agent: string = navigator.userAgent,
  data: UserAgentData | null = (navigator as { userAgentData?: UserAgentData }).userAgentData ?? null,
  touchPoints: number = navigator.maxTouchPoints,
): Platform {
  const named = systemOf(data?.platform ?? agent);
  // iPadOS's Safari calls itself a Mac; only its touch screen tells.
  const system = named === 'mac' && touchPoints > 1 ? 'ios' : named;
  // Every browser on iOS is WebKit, with Safari's settings; Android's browsers follow Chrome's.
  if (system === 'ios' || system === 'android') return { browser: system, system };
  const brands = data?.brands.map(({ brand }) => brand).join(' ') ?? agent;
  return { browser: browserOf(brands), system };
}

function systemOf(text: string): SystemFamily {
  if (/android/i.test(text)) return 'android';
  if (/iphone|ipad|ipod/i.test(text)) return 'ios';
  if (/mac/i.test(text)) return 'mac';
  return /win/i.test(text) ? 'windows' : 'other';
}

function browserOf(text: string): BrowserFamily {
  if (/firefox/i.test(text)) return 'firefox';
  if (/chrom|edg/i.test(text)) return 'chromium';
  return /safari/i.test(text) ? 'safari' : 'other';
}
