import { zlibSync } from 'fflate';
import { binaryStringToBytes, bytesToBinaryString } from '../../../lib/binary-string';

/**
 * jsPDF compresses each page and the font with fflate at its default level, but copies the data
 * into bytes and back into a string one byte at a time, growing the string byte by byte: a tenth
 * of the time spent writing the file. This does the same compression (same library, same level,
 * so the same bytes) with block copies. Any other filter chain goes to jsPDF's own function.
 */

export interface FilterResult {
  data: string;
  reverseChain: string;
}
export type ProcessDataByFilters = (data: string, filterChain?: string | string[]) => FilterResult;

const FLATE = new Set(['FlateEncode', '/FlateEncode']);

function onlyFlate(chain: string | string[] | undefined): boolean {
  const list = typeof chain === 'string' ? [chain] : (chain ?? []);
  return list.length === 1 && FLATE.has(list[0]);
}

export function flateFilter(original: ProcessDataByFilters): ProcessDataByFilters {
  return (data, filterChain) => {
    if (!onlyFlate(filterChain)) return original(data, filterChain);
    return { data: bytesToBinaryString(zlibSync(binaryStringToBytes(data ?? ''))), reverseChain: '/FlateDecode' };
  };
}
