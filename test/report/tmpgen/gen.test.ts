import { it } from 'vitest';
import { writeReport } from '../../../src/report/index.js';
it('gen', async () => { for (const k of ['run','compare','solve','sweep','pipeline']) await writeReport(`/tmp/rep/${k}`); });
