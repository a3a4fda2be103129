"""moto's S3 + STS server for the test suite, with conditional writes made atomic.

moto serves each request on its own thread and checks `If-None-Match` / `If-Match` before it
writes, without a lock: two racing conditional writes to one key can both succeed, which AWS S3
never allows. The race tests of this suite need the AWS behaviour, so the object writes and
deletes that test a condition run one at a time here.

With QPA_MOTO_FIDELITY=<folder of moto_s3_fidelity.py>, the fidelity patch (moto answering like
AWS on checksums) is applied first.

Usage: python moto_server.py -H 127.0.0.1 -p PORT
"""
import os
import sys
import threading


def make_conditional_writes_atomic() -> None:
    from moto.s3.responses import S3Response

    lock = threading.RLock()

    def locked(method):
        def wrapper(self, *args, **kwargs):
            with lock:
                return method(self, *args, **kwargs)

        wrapper.__name__ = method.__name__
        wrapper.__doc__ = method.__doc__
        return wrapper

    # PUT (PutObject, UploadPart, CopyObject), DELETE (DeleteObject, AbortMultipartUpload) and
    # POST (CompleteMultipartUpload, DeleteObjects) of a key or a bucket.
    for name in ("_key_response_put", "_key_response_delete", "_key_response_post", "_bucket_response_post"):
        setattr(S3Response, name, locked(getattr(S3Response, name)))


fidelity = os.environ.get("QPA_MOTO_FIDELITY")
if fidelity:
    sys.path.insert(0, fidelity)
    import moto_s3_fidelity  # noqa: E402

    moto_s3_fidelity.apply()
    print("moto_s3_fidelity patches applied", file=sys.stderr, flush=True)

make_conditional_writes_atomic()

from moto.server import main  # noqa: E402

main(sys.argv[1:])
