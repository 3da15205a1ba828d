// @ts-check
/**
 * The mock replica's picture (`thumbnail_image_url` of the `preview` scenario): a drawn portrait, so the demo and
 * the visual baselines show a poster without any network.
 */
export const REPLICA_POSTER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1280 720" width="1280" height="720">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#c7d2fe"/><stop offset="1" stop-color="#f5d0fe"/>
    </linearGradient>
    <linearGradient id="shirt" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#4338ca"/><stop offset="1" stop-color="#312e81"/>
    </linearGradient>
  </defs>
  <rect width="1280" height="720" fill="url(#bg)"/>
  <circle cx="1040" cy="140" r="180" fill="#ffffff" opacity="0.35"/>
  <path d="M330 720c20-170 150-250 310-250s290 80 310 250z" fill="url(#shirt)"/>
  <rect x="590" y="380" width="100" height="110" rx="40" fill="#e0a98a"/>
  <ellipse cx="640" cy="290" rx="130" ry="150" fill="#f0bf9f"/>
  <path d="M505 280c-10-130 70-190 140-190 90 0 150 60 140 190-20-70-60-100-140-110-60 10-110 40-140 110z" fill="#3b2a20"/>
  <circle cx="592" cy="295" r="11" fill="#2b1d14"/><circle cx="688" cy="295" r="11" fill="#2b1d14"/>
  <path d="M600 360q40 30 80 0" stroke="#9a4a3a" stroke-width="8" fill="none" stroke-linecap="round"/>
</svg>`;
