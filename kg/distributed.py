"""Per-article extraction on a Dask distributed cluster (`kg build --dask tcp://HOST:PORT`).

Extraction is a pure function of one article, so the cluster only runs that step: articles go out
in batches, facts come back in input order, and everything after (merge, RDF, SHACL, exports) runs
here as in a local build, which is why the outputs are byte-identical to a local build's.
Every worker needs Entente installed (the same version); dask is imported only when used.
"""
from __future__ import annotations

from collections.abc import Callable

from .errors import ConfigError
from .records import Article, ArticleFacts, Skipped

BATCH = 64  # articles per task: big enough to hide scheduling overhead, small enough to balance
CONNECT_TIMEOUT = "20s"


def _extract_batch(articles: list[Article]) -> list[ArticleFacts | Skipped]:
    from .extract.worker import extract_safely, warm_up

    warm_up(sorted({a.lang for a in articles}))
    return [extract_safely(a) for a in articles]


def extract_on_dask(articles: list[Article], address: str,
                    progress: Callable[[int], None] | None = None,
                    batch: int = BATCH) -> list[ArticleFacts | Skipped]:
    """Extraction of every article on the cluster at `address`; results in the input's order."""
    try:
        from distributed import Client, as_completed
    except ImportError as err:
        raise ConfigError("--dask needs dask's distributed scheduler, which is not installed",
                          hint="pip install 'dask[distributed]'") from err
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as err:
        raise ConfigError(f"cannot reach the Dask scheduler at {address} ({err})",
                          hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`, "
                               "or check the address (tcp://HOST:PORT)") from err
    with client:
        chunks = [articles[i:i + batch] for i in range(0, len(articles), batch)]
        futures = client.map(_extract_batch, chunks, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        results: list[list[ArticleFacts | Skipped] | None] = [None] * len(chunks)
        for future in as_completed(futures):
            done = future.result()
            results[index[future.key]] = done
            if progress:
                progress(len(done))
    return [r for chunk in results for r in chunk or ()]
