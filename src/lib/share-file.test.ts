import { describe, expect, it, vi } from 'vitest';
import { createFileDelivery, type ShareEnv } from './share-file';

function fakeEnv(nav: ShareEnv['navigator']) {
  let n = 0;
  const env = {
    navigator: nav,
    createObjectURL: vi.fn(() => `blob:test/${(n += 1)}`),
    revokeObjectURL: vi.fn(),
    download: vi.fn(),
    open: vi.fn(),
  } satisfies ShareEnv;
  return env;
}

const pdf = () => new Blob(['%PDF-1.7'], { type: 'application/pdf' });

describe('file delivery', () => {
  it('downloads at once where the browser cannot share files, and keeps a URL to open it', () => {
    const env = fakeEnv({
      canShare: undefined as unknown as Navigator['canShare'],
      share: undefined as unknown as Navigator['share'],
    });
    const delivery = createFileDelivery(() => env);
    const delivered = delivery.deliver('report', pdf(), 'report.pdf');
    expect(delivered.via).toBe('downloaded');
    expect(env.download).toHaveBeenCalledTimes(1);
    expect(env.download.mock.calls[0][1]).toBe('report.pdf');
    delivery.open(delivered);
    expect(env.open).toHaveBeenCalledWith(delivered.url);
    expect(env.revokeObjectURL).not.toHaveBeenCalled();
  });

  it('also downloads when canShare refuses files', () => {
    const env = fakeEnv({ canShare: () => false, share: vi.fn() });
    expect(
      createFileDelivery(() => env).deliver('backup', new Blob(['{}'], { type: 'application/json' }), 'a.json').via,
    ).toBe('downloaded');
  });

  it('offers to send where files can be shared, without downloading, and hands the share sheet a typed, named File', async () => {
    const share = vi.fn((_data?: ShareData) => Promise.resolve());
    const env = fakeEnv({ canShare: (data?: ShareData) => Boolean(data?.files?.length), share });
    const delivery = createFileDelivery(() => env);
    const delivered = delivery.deliver('report', pdf(), 'ocop-gap-report.pdf');
    expect(delivered.via).toBe('share');
    expect(env.download).not.toHaveBeenCalled();
    await expect(delivery.share(delivered)).resolves.toBe('shared');
    const sent = share.mock.calls[0][0]?.files?.[0];
    expect(sent?.name).toBe('ocop-gap-report.pdf');
    expect(sent?.type).toBe('application/pdf');
  });

  it('tells a closed share sheet from a failure', async () => {
    const abort = fakeEnv({ canShare: () => true, share: () => Promise.reject(new DOMException('no', 'AbortError')) });
    const d1 = createFileDelivery(() => abort);
    await expect(d1.share(d1.deliver('report', pdf(), 'r.pdf'))).resolves.toBe('cancelled');
    const broken = fakeEnv({
      canShare: () => true,
      share: () => Promise.reject(new DOMException('no', 'NotAllowedError')),
    });
    const d2 = createFileDelivery(() => broken);
    await expect(d2.share(d2.deliver('report', pdf(), 'r.pdf'))).resolves.toBe('failed');
  });

  it('saves a file waiting to be sent on request, and frees the URL of a file replaced by a newer one', () => {
    const env = fakeEnv({ canShare: () => true, share: vi.fn() });
    const delivery = createFileDelivery(() => env);
    const listener = vi.fn();
    delivery.subscribe(listener);
    const first = delivery.deliver('report', pdf(), 'r.pdf');
    const saved = delivery.save(first);
    expect(saved.via).toBe('downloaded');
    expect(env.download).toHaveBeenCalledWith(first.file, 'r.pdf');
    expect(delivery.latest('report')).toBe(saved);
    const second = delivery.deliver('report', pdf(), 'r2.pdf');
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(env.revokeObjectURL).toHaveBeenCalledWith(first.url);
    expect(delivery.latest('backup')).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
