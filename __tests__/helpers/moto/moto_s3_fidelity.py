"""Harness-only fidelity patches for moto's S3 server (moto 5.2.x), applied at server start by
__tests__/helpers/moto/moto_server.py (copied from the harness's shared test servers). They close the gaps that break quilt3's (and any S3-checksum-aware client's) flows:

1. CompleteMultipartUpload response carries the composite checksum (<b64>-N, ChecksumType) like AWS
   (moto omits it; quilt3 does resp['ChecksumSHA256'].split('-') on it).
2. UploadPartCopy's CopyPartResult carries the part checksum of the upload's algorithm (moto omits it;
   quilt3 reads part['CopyPartResult']['ChecksumSHA256']).
3. HeadObject ChecksumMode=ENABLED returns '<b64>-N' + x-amz-checksum-type for composite objects, like GetObject
   already does (moto returns the bare value on HEAD only).
4. Client-supplied x-amz-checksum-* (header or aws-chunked trailer) and Content-MD5 are verified against the
   body: mismatch -> 400 BadDigest (moto stores/echoes whatever the client claims). A checksum header sent
   without x-amz-sdk-checksum-algorithm is honoured too.
5. CompleteMultipartUpload verifies per-part Checksum* values given in the request -> InvalidPart on mismatch.
6. GetObjectAttributes returns ObjectParts (PartsCount, Parts with Size and per-part checksum) for MPU objects,
   and its Last-Modified header in RFC 7231 form (moto sends ISO-8601, which the AWS JS SDK v3 rejects).
7. CompleteMultipartUpload in an unversioned bucket does not return x-amz-version-id: null.
8. CRC64NVME works with Debian's older python3-awscrt (pure-Python fallback, slow but correct).
9. ListObjectVersions lists each version's ChecksumAlgorithm, as AWS does (moto lists it only in
   ListObjectsV2).

Set MOTO_FIDELITY_PATCHES=0 to run pristine moto.
"""
from __future__ import annotations

import base64
import hashlib
import re
import os
import sys
import traceback
from xml.dom import minidom

_CRC64_TABLE = None


def _crc64nvme(data: bytes) -> int:
    global _CRC64_TABLE
    if _CRC64_TABLE is None:
        poly = 0x9A6C9329AC4BC9B5  # reflected 0xAD93D23594C93659
        t = []
        for i in range(256):
            c = i
            for _ in range(8):
                c = (c >> 1) ^ poly if c & 1 else c >> 1
            t.append(c)
        _CRC64_TABLE = t
    crc = 0xFFFFFFFFFFFFFFFF
    tbl = _CRC64_TABLE
    for b in data:
        crc = tbl[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFFFFFFFFFF


assert _crc64nvme(b"123456789") == 0xAE8B14860A799888

ALGOS = ("CRC32", "CRC32C", "SHA1", "SHA256", "CRC64NVME")


def apply() -> None:
    from moto.s3 import exceptions as E
    from moto.s3 import models as M
    from moto.s3 import responses as R
    from moto.s3 import utils as U

    orig_compute = U.compute_checksum

    def compute_checksum(body: bytes, algorithm: str, encode_base64: bool = True) -> bytes:
        if algorithm == "CRC64NVME":
            try:
                from awscrt import checksums

                raw = checksums.crc64nvme(body).to_bytes(8, "big")
            except (ImportError, AttributeError):
                raw = _crc64nvme(bytes(body)).to_bytes(8, "big")
            return base64.b64encode(raw) if encode_base64 else raw
        return orig_compute(body, algorithm, encode_base64)

    U.compute_checksum = R.compute_checksum = M.compute_checksum = compute_checksum

    class BadDigest(E.S3ClientError):
        code = "BadDigest"

        def __init__(self, what: str):
            super().__init__("BadDigest", f"The {what} you specified did not match the calculated checksum.")

    # moto's error serializer derives the service from the exception's module (moto.<service>....)
    BadDigest.__module__ = E.__name__
    BadDigest.__qualname__ = "BadDigest"
    E.BadDigest = BadDigest

    def _s(v):
        return v.decode() if isinstance(v, bytes) else v

    # 4. verify client-supplied checksums / Content-MD5
    def _get_checksum(self, response_headers):
        body = self.body if isinstance(self.body, (bytes, bytearray)) else (self.body or b"")
        if isinstance(body, str):
            body = body.encode()
        md5 = self.headers.get("Content-MD5")
        if md5 and md5 != base64.b64encode(hashlib.md5(body).digest()).decode():
            raise BadDigest("Content-MD5")
        algo = (self.headers.get("x-amz-sdk-checksum-algorithm") or "").upper()
        if not algo:
            for a in ALGOS:
                if self.headers.get(f"x-amz-checksum-{a.lower()}"):
                    algo = a
                    break
        if not algo:
            m = re.match(r"x-amz-checksum-(\w+)", self.headers.get("x-amz-trailer", "") or "")
            if m:
                algo = m.group(1).upper()
        if not algo:
            return "", None
        header = f"x-amz-checksum-{algo.lower()}"
        value = self.headers.get(header)
        if not value:
            m = re.search(rb"x-amz-checksum-\w+:\s*([A-Za-z0-9+/=]+)", self.raw_body if isinstance(self.raw_body, bytes) else b"")
            value = m.group(1).decode() if m else None
        computed = _s(compute_checksum(bytes(body), algo))
        if value and value != computed:
            raise BadDigest(algo)
        response_headers[header] = computed
        return algo, computed

    R.S3Response._get_checksum = _get_checksum

    def _insert(body, closing_tag, xml: str):
        """Insert xml before closing_tag if present, else before the document's last closing tag
        (the root element's name depends on the botocore model moto serializes with)."""
        was_bytes = isinstance(body, bytes)
        s = body.decode() if was_bytes else body
        if closing_tag and closing_tag in s:
            s = s.replace(closing_tag, xml + closing_tag, 1)
        else:
            i = s.rstrip().rfind("</")
            s = s[:i] + xml + s[i:]
        return s.encode() if was_bytes else s

    def _qualified(key):
        v = key.checksum_value
        if key.checksum_type == "COMPOSITE" and v and "-" not in v:
            v = f"{v}-{key.checksum_parts}"
        return v

    # 1, 5, 7: CompleteMultipartUpload
    orig_post = R.S3Response._key_response_post

    def _key_response_post(self, request, body, bucket_name, query, key_name):
        mp = None
        if query.get("uploadId") and body:
            try:
                mp = self.backend.get_bucket(bucket_name).multiparts.get(query["uploadId"][0])
            except Exception:  # noqa
                mp = None
            if mp is not None:
                algo = (mp.metadata.get("x-amz-checksum-algorithm") or "").upper()
                parts_info = []
                for p in minidom.parseString(body).getElementsByTagName("Part"):
                    pn = int(p.getElementsByTagName("PartNumber")[0].firstChild.wholeText)
                    part = mp.parts.get(pn)
                    if part is not None:
                        parts_info.append((pn, len(part.value), _s(compute_checksum(part.value, algo)) if algo else None))
                    for a in ALGOS:
                        el = p.getElementsByTagName(f"Checksum{a}")
                        if el and el[0].firstChild is not None and part is not None:
                            if el[0].firstChild.wholeText.strip() != _s(compute_checksum(part.value, a)):
                                raise E.InvalidPart()
        status, headers, resp = orig_post(self, request, body, bucket_name, query, key_name)
        if os.environ.get("MOTO_FIDELITY_DEBUG"):
            print("complete-debug", mp, status, type(resp), dict(headers), file=sys.stderr, flush=True)
        if mp is not None and status == 200:
            if headers.get("x-amz-version-id") == "null":
                headers.pop("x-amz-version-id")
            key = self.backend.get_object(bucket_name, mp.key_name)
            if key is not None:
                key._fidelity_parts = (algo, parts_info)
            if key is not None and key.checksum_algorithm and key.checksum_value and resp:
                a = key.checksum_algorithm.upper()
                xml = f"<Checksum{a}>{_qualified(key)}</Checksum{a}>"
                if key.checksum_type:
                    xml += f"<ChecksumType>{key.checksum_type}</ChecksumType>"
                if f"<Checksum{a}>" not in _s(resp):
                    resp = _insert(resp, None, xml)
                    headers.pop("content-length", None)
                    headers.pop("Content-Length", None)
        return status, headers, resp

    R.S3Response._key_response_post = _key_response_post

    # 2. UploadPartCopy part checksum
    orig_upc = R.S3Response.upload_part_copy

    def upload_part_copy(self):
        status, headers, resp = orig_upc(self)
        if status == 200:
            try:
                mp = self.backend.get_bucket(self.bucket_name).multiparts.get(self._get_param("uploadId"))
                algo = mp.metadata.get("x-amz-checksum-algorithm") if mp else None
                if algo:
                    part = mp.parts[self._get_int_param("partNumber")]
                    a = algo.upper()
                    xml = f"<Checksum{a}>{_s(compute_checksum(part.value, a))}</Checksum{a}>"
                    resp = _insert(resp, "</CopyPartResult>", xml)
                    headers["content-length"] = str(len(resp.encode() if isinstance(resp, str) else resp))
            except Exception:  # noqa
                traceback.print_exc()
        return status, headers, resp

    R.S3Response.upload_part_copy = upload_part_copy

    # 3. HeadObject composite checksum
    orig_head = R.S3Response.head_object

    def head_object(self, bucket_name, query, key_name, headers):
        status, rh, body = orig_head(self, bucket_name, query, key_name, headers)
        if status == 200 and headers.get("x-amz-checksum-mode") == "ENABLED" and not query.get("partNumber"):
            try:
                key = self.backend.head_object(bucket_name, key_name, version_id=query.get("versionId", [None])[0])
                if key is not None and key.checksum_algorithm:
                    rh[f"x-amz-checksum-{key.checksum_algorithm.lower()}"] = _qualified(key)
                    if key.checksum_type:
                        rh["x-amz-checksum-type"] = key.checksum_type
            except Exception:  # noqa
                traceback.print_exc()
        return status, rh, body

    R.S3Response.head_object = head_object

    # 6. GetObjectAttributes ObjectParts
    orig_goa = R.S3Response.get_object_attributes

    def get_object_attributes(self):
        status, headers, resp = orig_goa(self)
        # moto sends Last-Modified in ISO-8601; HTTP (and the AWS SDK for JavaScript v3, strictly) needs RFC 7231.
        if status == 200:
            try:
                key, _ = self._get_key(validate_storage_class=False)
                headers["Last-Modified"] = key.last_modified_RFC1123
            except Exception:  # noqa
                traceback.print_exc()
        attrs = self.headers.get("x-amz-object-attributes", "").split(",")
        if status == 200 and "ObjectParts" in [a.strip() for a in attrs]:
            try:
                fp = getattr(key, "_fidelity_parts", None)
                if fp is not None:
                    algo, parts_info = fp
                    marker = int(self.headers.get("x-amz-part-number-marker") or 0)
                    max_parts = int(self.headers.get("x-amz-max-parts") or 1000)
                    after = [pi for pi in parts_info if pi[0] > marker]
                    sel = after[:max_parts]
                    xml = f"<ObjectParts><PartsCount>{len(parts_info)}</PartsCount><PartNumberMarker>{marker}</PartNumberMarker>"
                    xml += f"<NextPartNumberMarker>{sel[-1][0] if sel else marker}</NextPartNumberMarker><MaxParts>{max_parts}</MaxParts>"
                    xml += f"<IsTruncated>{'true' if len(after) > len(sel) else 'false'}</IsTruncated>"
                    for pn, size, csum in sel:
                        xml += f"<Part><PartNumber>{pn}</PartNumber><Size>{size}</Size>"
                        if algo and csum:
                            xml += f"<Checksum{algo}>{csum}</Checksum{algo}>"
                        xml += "</Part>"
                    xml += "</ObjectParts>"
                    resp = _insert(resp, None, xml)
                    headers.pop("content-length", None)
                    headers.pop("Content-Length", None)
            except Exception:  # noqa
                traceback.print_exc()
        return status, headers, resp

    R.S3Response.get_object_attributes = get_object_attributes

    # 9. ListObjectVersions: ChecksumAlgorithm of each version
    orig_lov = R.S3Response.list_object_versions

    def list_object_versions(self):
        status, headers, resp = orig_lov(self)
        if status != 200:
            return status, headers, resp
        try:
            was_bytes = isinstance(resp, bytes)
            text = resp.decode() if was_bytes else resp

            def add(m):
                block = m.group(0)
                key = re.search(r"<Key>(.*?)</Key>", block, re.S)
                version = re.search(r"<VersionId>(.*?)</VersionId>", block, re.S)
                if not key or "<ChecksumAlgorithm>" in block:
                    return block
                name = minidom.parseString(f"<k>{key.group(1)}</k>").documentElement.firstChild
                name = name.data if name is not None else ""
                vid = version.group(1) if version else None
                obj = self.backend.get_object(self.bucket_name, name, version_id=None if vid == "null" else vid)
                if obj is None or not obj.checksum_algorithm:
                    return block
                return block.replace("</Version>", f"<ChecksumAlgorithm>{obj.checksum_algorithm}</ChecksumAlgorithm></Version>")

            text = re.sub(r"<Version>.*?</Version>", add, text, flags=re.S)
            resp = text.encode() if was_bytes else text
            headers.pop("content-length", None)
            headers.pop("Content-Length", None)
        except Exception:  # noqa
            traceback.print_exc()
        return status, headers, resp

    R.S3Response.list_object_versions = list_object_versions
