#!/usr/bin/python3
"""LibreOffice's own verdict on the signatures of ODF packages, through its UNO API (Debian python3-uno).

Usage: libreoffice-verify.py FILE.odt...   (MOZILLA_CERTIFICATE_FOLDER names the NSS database with the roots)
Prints one line per signature: `FILE: N: valid=0|1 partial=0|1 certificate=STATUS signer=NAME`, or
`FILE: no signature`. The package is opened as a plain zip storage (StorageFormat ZipFormat): the package
format hides META-INF and reports no signature at all.
"""
import os
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue

VALIDITY = {0: "VALID", 1: "INVALID", 2: "UNTRUSTED", 4: "TIME_INVALID", 8: "NOT_TIME_NESTED", 16: "REVOKED",
            32: "UNKNOWN_REVOKATION", 64: "SIGNATURE_INVALID", 128: "EXTENSION_INVALID", 256: "EXTENSION_UNKNOWN",
            512: "ISSUER_UNKNOWN", 1024: "ISSUER_UNTRUSTED", 2048: "ISSUER_INVALID", 4096: "ROOT_UNKNOWN",
            8192: "ROOT_UNTRUSTED", 16384: "ROOT_INVALID", 32768: "CHAIN_INCOMPLETE"}


def status(value):
    if value == 0:
        return "VALID"
    return "|".join(name for bit, name in VALIDITY.items() if bit and value & bit) or str(value)


def main(files):
    profile = tempfile.mkdtemp(prefix="akte-lo-")
    pipe = "akte" + uuid.uuid4().hex
    office = subprocess.Popen(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                               "--nologo", "--nodefault", "--accept=pipe,name=%s;urp;" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(240):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                if office.poll() is not None:
                    raise SystemExit("soffice stopped before it accepted a connection")
                time.sleep(0.5)
        if context is None:
            raise SystemExit("soffice did not accept a connection in 120 s")
        manager = context.ServiceManager
        storages = manager.createInstanceWithContext("com.sun.star.embed.StorageFactory", context)
        signatures = manager.createInstanceWithArgumentsAndContext(
            "com.sun.star.security.DocumentDigitalSignatures", ("1.3",), context)
        zip_format = PropertyValue(Name="StorageFormat", Value="ZipFormat")
        for name in files:
            url = uno.systemPathToFileUrl(os.path.abspath(name))
            # The third argument must arrive as a typed sequence of PropertyValue, hence uno.invoke.
            arguments = (url, 1, uno.Any("[]com.sun.star.beans.PropertyValue", (zip_format,)))
            storage = uno.invoke(storages, "createInstanceWithArguments", (arguments,))
            infos = signatures.verifyDocumentContentSignatures(storage, None)
            if not infos:
                print("%s: no signature" % name)
            for index, info in enumerate(infos, 1):
                signer = info.Signer.SubjectName if info.Signer else "?"
                print("%s: %d: valid=%d partial=%d certificate=%s signer=%s" % (
                    name, index, int(info.SignatureIsValid), int(info.PartialDocumentSignature),
                    status(info.CertificateStatus), signer))
            storage.dispose()
    finally:
        office.terminate()
        try:
            office.wait(30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(sys.argv[1:])
