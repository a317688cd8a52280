"""moto's S3 server (real S3 API, versioning), with one listing cost made what S3's is.

moto 5.2's ListObjectVersions deep-copies every object version to set is_latest on the copies, and a FakeKey's
deep copy rewrites its whole body into a new buffer: a 378 MB object cost ~1.3 s per listing, a 1.9 GB one
several seconds, where S3 answers from its index. The copies here share the body (the listing only reads
name, size, ETag and dates from them), so the answers are the same and the time no longer grows with bytes.
Everything else is moto as installed. Arguments are moto_server's (-H host -p port).
"""
import sys

from moto.s3.models import FakeKey


class _ListingCopy(FakeKey):
    """A version as the listing sees it: the original's attributes, its body shared, never closed by the copy."""

    __module__ = "moto.s3.models"  # moto's model metaclass files classes by their module

    def dispose(self, garbage=False):
        self.disposed = True


def _listing_copy(self, memo):
    clone = object.__new__(_ListingCopy)
    clone.__dict__.update(self.__dict__)
    return clone


FakeKey.__deepcopy__ = _listing_copy

from moto.server import main  # noqa: E402  (after the patch, as moto_server would start)

if __name__ == "__main__":
    sys.argv[0] = "moto_server"
    sys.exit(main())
