/** The detectors, in the order their findings are listed; each reads only the shared context. */
import { detectDistancing } from './distancing';
import type { Detector } from './draft';
import { detectFigures } from './figures';
import { detectFraming } from './framing';
import { detectObfuscation } from './obfuscation';
import { detectSources } from './sources';
import { detectVoice } from './voice';

export const DETECTORS: readonly { id: string; run: Detector }[] = [
  { id: 'framing', run: detectFraming },
  { id: 'distancing', run: detectDistancing },
  { id: 'voice', run: detectVoice },
  { id: 'obfuscation', run: detectObfuscation },
  { id: 'figures', run: detectFigures },
  { id: 'sources', run: detectSources },
];
