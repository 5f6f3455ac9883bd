import { Alert, Box, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { authFetch } from '../../api/client';
import { problemFrom } from '../../api/problem';
import { useT } from '../../i18n/format';

/** At most this many pages are drawn in the page; the download has them all. */
const MAX_PAGES = 20;

/**
 * pdf.js, loaded with the first document shown (ADR 0011): the library and its worker are chunks of
 * their own, fetched from our origin, so no page but a convention's pays for them.
 */
async function loadPdfJs() {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** The bytes of one document version, fetched with the session's token. */
function useDocumentBytes(conventionId: string, documentId: string) {
  return useQuery({
    queryKey: ['/api/v1/conventions/{id}/documents/{documentId}', { id: conventionId, documentId }],
    queryFn: async () => {
      const response = await authFetch(
        new Request(`/api/v1/conventions/${conventionId}/documents/${documentId}`, { method: 'GET' }),
      );
      if (!response.ok) throw problemFrom(response.status, await response.json().catch(() => ({})));
      return new Uint8Array(await response.arrayBuffer());
    },
    staleTime: Infinity,
  });
}

/**
 * A convention's PDF drawn in the page, page after page, as images with a text alternative; a file
 * pdf.js cannot read says so (the download button beside it still gives the file).
 */
export function PdfViewer({
  conventionId,
  documentId,
  label,
}: {
  conventionId: string;
  documentId: string;
  label: string;
}) {
  const t = useT();
  const bytes = useDocumentBytes(conventionId, documentId);
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'drawing' | 'drawn' | 'failed'>('drawing');
  const [pages, setPages] = useState(0);

  useEffect(() => {
    const target = box.current;
    if (!bytes.data || !target) return;
    let cancelled = false;
    let destroy: (() => Promise<void>) | undefined;
    setState('drawing');
    void (async () => {
      try {
        const pdfjs = await loadPdfJs();
        // pdf.js takes ownership of the buffer it is given: hand it a copy, keep the cached bytes.
        const task = pdfjs.getDocument({ data: bytes.data.slice(), isEvalSupported: false });
        destroy = () => task.destroy();
        const pdf = await task.promise;
        if (cancelled) return;
        const count = Math.min(pdf.numPages, MAX_PAGES);
        setPages(pdf.numPages);
        target.replaceChildren();
        const width = Math.max(target.clientWidth, 320);
        for (let n = 1; n <= count && !cancelled; n++) {
          const page = await pdf.getPage(n);
          const base = page.getViewport({ scale: 1 });
          const ratio = window.devicePixelRatio || 1;
          const viewport = page.getViewport({ scale: (width / base.width) * ratio });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.style.width = '100%';
          canvas.style.display = 'block';
          canvas.style.marginBlockEnd = '8px';
          canvas.style.boxShadow = '0 0 0 1px var(--mantine-color-gray-3)';
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', t('conventions.viewer.page', { page: n, count: pdf.numPages }));
          target.appendChild(canvas);
          await page.render({ canvas, viewport }).promise;
        }
        if (!cancelled) setState('drawn');
      } catch {
        if (!cancelled) setState('failed');
      }
    })();
    return () => {
      cancelled = true;
      void destroy?.();
    };
  }, [bytes.data, t]);

  return (
    <Stack gap="xs">
      {(bytes.isPending || (bytes.data && state === 'drawing')) && (
        <Text size="sm" c="dimmed" component="div">
          <Loader size="xs" me="xs" aria-hidden />
          {t('conventions.viewer.loading')}
        </Text>
      )}
      {(bytes.isError || state === 'failed') && (
        <Alert color="gray" variant="light">
          {t('conventions.viewer.failed')}
        </Alert>
      )}
      <Box
        ref={box}
        role="region"
        aria-label={label}
        data-testid="pdf-viewer"
        data-state={state}
        // A PDF carries its own direction: the page's (right to left in Arabic) must not reach the canvases.
        dir="ltr"
        tabIndex={0}
        style={{
          maxHeight: 720,
          overflowY: 'auto',
          display: state === 'failed' ? 'none' : undefined,
        }}
      />
      {state === 'drawn' && pages > MAX_PAGES && (
        <Text size="xs" c="dimmed">
          {t('conventions.viewer.more', { shown: MAX_PAGES, count: pages })}
        </Text>
      )}
    </Stack>
  );
}
