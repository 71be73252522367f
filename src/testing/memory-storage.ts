// The tests' full-device stand-in is the same one production falls back on.
export { memoryStorage } from '../storage/memory-storage';
