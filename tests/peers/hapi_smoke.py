#!/usr/bin/env python3
"""Smoke test of the central FHIR server started by hapi-server.sh: the behaviours Sijil's sync
relies on, checked against the real server (Python standard library only).

    hapi_smoke.py <state-dir>|<state-dir>/env|<FHIR base URL>

Every check runs even if an earlier one failed; the last line is "N passed, N failed" and the
exit code is non-zero if anything failed. All data it writes is tagged with a fresh run id, so it
can run again against the same server.
"""
import datetime
import gzip
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid

FHIR_JSON = "application/fhir+json"
RUN = uuid.uuid4().hex[:12]
SYSTEM = "urn:sijil:smoke:" + RUN


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.raw = body
        try:
            self.json = json.loads(body) if body else None
        except ValueError:
            self.json = None

    def header(self, name):
        return self.headers.get(name)


def request(base, method, path, body=None, headers=None, timeout=60):
    url = path if path.startswith("http") else base.rstrip("/") + "/" + path.lstrip("/")
    data = json.dumps(body).encode() if isinstance(body, (dict, list)) else body
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Accept", FHIR_JSON)
    if data is not None:
        req.add_header("Content-Type", FHIR_JSON)
    for key, value in (headers or {}).items():
        req.add_header(key, value)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return Response(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:
        return Response(e.code, e.headers, e.read())


def base_url(arg):
    if arg.startswith("http://") or arg.startswith("https://"):
        return arg
    env_file = arg if os.path.isfile(arg) else os.path.join(arg, "env")
    with open(env_file) as f:
        for line in f:
            key, _, value = line.strip().partition("=")
            if key == "HAPI_URL" and value:
                return value
    raise SystemExit(f"hapi_smoke: no HAPI_URL in {env_file}")


def patient(identifier_value, family="Smoke"):
    return {
        "resourceType": "Patient",
        "identifier": [{"system": SYSTEM, "value": identifier_value}],
        "name": [{"family": family, "given": ["Test"]}],
        "gender": "unknown",
    }


def new_urn():
    return "urn:uuid:" + str(uuid.uuid4())


def bundle_ids(bundle):
    return [e["resource"]["id"] for e in bundle.get("entry", []) if "resource" in e]


def next_link(bundle):
    for link in bundle.get("link", []):
        if link.get("relation") == "next":
            return link["url"]
    return None


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


# --- the checks ----------------------------------------------------------------------------


def check_capability_statement(base):
    r = request(base, "GET", "metadata")
    expect(r.status == 200, f"GET metadata -> {r.status}")
    cs = r.json
    expect(cs["resourceType"] == "CapabilityStatement", "not a CapabilityStatement")
    expect(cs.get("fhirVersion") == "4.0.1", f"fhirVersion {cs.get('fhirVersion')}")
    system_interactions = {i["code"] for rest in cs["rest"] for i in rest.get("interaction", [])}
    expect("transaction" in system_interactions, f"no transaction in {sorted(system_interactions)}")
    types = {res["type"] for rest in cs["rest"] for res in rest.get("resource", [])}
    for needed in ("Patient", "Encounter", "Observation", "AuditEvent", "Provenance"):
        expect(needed in types, f"{needed} missing from the CapabilityStatement")
    patient_ops = {
        op["name"]
        for rest in cs["rest"]
        for res in rest.get("resource", [])
        if res["type"] == "Patient"
        for op in res.get("operation", [])
    }
    expect("everything" in patient_ops, f"Patient $everything not listed: {sorted(patient_ops)}")


def check_conditional_create(base):
    value = "cc-" + RUN
    headers = {"If-None-Exist": f"identifier={SYSTEM}|{value}"}
    first = request(base, "POST", "Patient", patient(value), headers)
    expect(first.status == 201, f"first conditional create -> {first.status}: {first.raw[:300]}")
    second = request(base, "POST", "Patient", patient(value), headers)
    expect(second.status == 200, f"second conditional create -> {second.status}, want 200")
    found = request(base, "GET", f"Patient?identifier={SYSTEM}|{value}&_total=accurate")
    expect(found.status == 200, f"search -> {found.status}")
    ids = bundle_ids(found.json)
    expect(len(ids) == 1, f"{len(ids)} resources after two conditional creates, want 1")
    expect(first.json["id"] == second.json["id"] == ids[0], "the second create returned another id")


def check_stale_if_match(base):
    created = request(base, "POST", "Patient", patient("im-" + RUN))
    expect(created.status == 201, f"create -> {created.status}")
    pid = created.json["id"]
    expect(created.header("ETag") == 'W/"1"', f"ETag after create: {created.header('ETag')}")
    body = created.json
    body["name"][0]["family"] = "Updated"
    ok = request(base, "PUT", f"Patient/{pid}", body, {"If-Match": 'W/"1"'})
    expect(ok.status == 200, f"update with the current version -> {ok.status}: {ok.raw[:300]}")
    expect(ok.header("ETag") == 'W/"2"', f"ETag after update: {ok.header('ETag')}")
    body["name"][0]["family"] = "Lost update"
    stale = request(base, "PUT", f"Patient/{pid}", body, {"If-Match": 'W/"1"'})
    expect(stale.status == 412, f"update with a stale If-Match -> {stale.status}, want 412")
    now = request(base, "GET", f"Patient/{pid}")
    expect(now.json["name"][0]["family"] == "Updated", "the stale update was applied")
    expect(now.json["meta"]["versionId"] == "2", f"versionId {now.json['meta']['versionId']}")


def check_transaction_urn_uuid(base):
    p_urn = new_urn()
    tx = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": p_urn,
                "resource": patient("tx-" + RUN),
                "request": {"method": "POST", "url": "Patient"},
            },
            {
                # A heart rate valid against R4's vital-signs profile, so the check also passes
                # with HAPI_VALIDATE=1 (which also wants a fullUrl on every entry).
                "fullUrl": new_urn(),
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "category": [{"coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": "vital-signs"}]}],
                    "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4", "display": "Heart rate"}]},
                    "subject": {"reference": p_urn},
                    "effectiveDateTime": "2024-01-01T10:00:00Z",
                    "valueQuantity": {"value": 72, "unit": "/min", "system": "http://unitsofmeasure.org", "code": "/min"},
                },
                "request": {"method": "POST", "url": "Observation"},
            },
        ],
    }
    r = request(base, "POST", "", tx)
    expect(r.status == 200, f"transaction -> {r.status}: {r.raw[:300]}")
    expect(r.json["type"] == "transaction-response", f"bundle type {r.json['type']}")
    locations = [e["response"]["location"] for e in r.json["entry"]]
    expect(all(e["response"]["status"].startswith("201") for e in r.json["entry"]), "not all 201")
    patient_id = locations[0].split("/")[1]
    obs = request(base, "GET", "/".join(locations[1].split("/")[:2]))
    expect(obs.status == 200, f"read Observation -> {obs.status}")
    ref = obs.json["subject"]["reference"]
    expect(ref == f"Patient/{patient_id}", f"subject {ref}, want Patient/{patient_id}")
    # $everything on that patient brings the observation along.
    every = request(base, "GET", f"Patient/{patient_id}/$everything")
    expect(every.status == 200, f"$everything -> {every.status}")
    types = sorted(e["resource"]["resourceType"] for e in every.json.get("entry", []))
    expect(types == ["Observation", "Patient"], f"$everything returned {types}")


def check_transaction_atomic(base):
    value = "atomic-" + RUN
    tx = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {"fullUrl": new_urn(), "resource": patient(value), "request": {"method": "POST", "url": "Patient"}},
            {
                "fullUrl": new_urn(),
                # Referential integrity: the target does not exist, so the whole bundle must fail.
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {"text": "x"},
                    "subject": {"reference": "Patient/no-such-patient-" + RUN},
                },
                "request": {"method": "POST", "url": "Observation"},
            },
        ],
    }
    r = request(base, "POST", "", tx)
    expect(400 <= r.status < 500, f"failing transaction -> {r.status}, want 4xx")
    found = request(base, "GET", f"Patient?identifier={SYSTEM}|{value}")
    expect(not bundle_ids(found.json), "the Patient of a failed transaction was stored")


def check_paging(base):
    before = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=2)
    batch = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": new_urn(),
                "resource": patient(f"page-{RUN}-{i:02d}", "Page"),
                "request": {"method": "POST", "url": "Patient"},
            }
            for i in range(25)
        ],
    }
    created = request(base, "POST", "", batch)
    expect(created.status == 200, f"creating 25 patients -> {created.status}")
    wanted = {e["response"]["location"].split("/")[1] for e in created.json["entry"]}
    expect(len(wanted) == 25, f"{len(wanted)} created")

    url = f"Patient?identifier={SYSTEM}|&family=Page&_count=10&_sort=_id"
    seen, pages = [], 0
    while url:
        r = request(base, "GET", url)
        expect(r.status == 200, f"GET {url} -> {r.status}: {r.raw[:300]}")
        ids = bundle_ids(r.json)
        expect(len(ids) <= 10, f"page of {len(ids)} with _count=10")
        seen += ids
        pages += 1
        url = next_link(r.json)
        expect(pages <= 5, "more than 5 pages for 25 resources")
    expect(pages == 3, f"{pages} pages, want 3")
    expect(len(seen) == 25 and set(seen) == wanted, f"paging gave {len(seen)} ({len(set(seen))} distinct)")

    # _lastUpdated and _history?_since see the same 25.
    stamp = before.strftime("%Y-%m-%dT%H:%M:%SZ")
    r = request(base, "GET", f"Patient?identifier={SYSTEM}|&family=Page&_lastUpdated=ge{stamp}&_count=100")
    expect(set(bundle_ids(r.json)) == wanted, "_lastUpdated search did not return the 25")
    r = request(base, "GET", f"Patient/_history?_since={stamp}&_count=500")
    expect(r.status == 200, f"_history?_since -> {r.status}")
    in_history = {e["resource"]["id"] for e in r.json.get("entry", []) if "resource" in e}
    expect(wanted <= in_history, "_history?_since misses some of the 25")


def check_gzip(base):
    req = urllib.request.Request(base.rstrip("/") + "/metadata")
    req.add_header("Accept", FHIR_JSON)
    req.add_header("Accept-Encoding", "gzip")
    with urllib.request.urlopen(req, timeout=60) as r:
        encoding = r.headers.get("Content-Encoding")
        raw = r.read()
    expect(encoding == "gzip", f"Content-Encoding {encoding!r}, want gzip")
    cs = json.loads(gzip.decompress(raw))
    expect(cs["resourceType"] == "CapabilityStatement", "gzip body is not the CapabilityStatement")


def check_audit_event(base):
    event = {
        "resourceType": "AuditEvent",
        "type": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110110", "display": "Patient Record"},
        "action": "R",
        "recorded": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "outcome": "0",
        "agent": [{"who": {"display": "smoke-" + RUN}, "requestor": True}],
        "source": {"observer": {"display": "Sijil smoke test"}},
    }
    r = request(base, "POST", "AuditEvent", event)
    expect(r.status == 201, f"AuditEvent create -> {r.status}: {r.raw[:300]}")


def check_patient_match(base):
    # A family name no other run shares, so only this run's patients can score.
    family = "".join(chr(ord("a") + int(c, 16)) for c in RUN).capitalize()
    twin = {"resourceType": "Patient", "name": [{"family": family, "given": ["Yasmine"]}],
            "birthDate": "1990-04-12", "gender": "female"}
    other = {"resourceType": "Patient", "name": [{"family": "Zz" + family[::-1], "given": ["Omar"]}],
             "birthDate": "1990-04-12", "gender": "male"}
    ids = []
    for body in (twin, other):
        r = request(base, "POST", "Patient", body)
        expect(r.status == 201, f"create -> {r.status}")
        ids.append(r.json["id"])
    probe = {"resourceType": "Patient", "name": [{"family": family[:-1] + "x", "given": ["Yasmine"]}],
             "birthDate": "1990-04-12"}
    params = {"resourceType": "Parameters", "parameter": [{"name": "resource", "resource": probe}]}
    r = request(base, "POST", "Patient/$match", params)
    expect(r.status == 200, f"Patient/$match -> {r.status}: {r.raw[:300]}")
    found = {e["resource"]["id"]: e["search"] for e in r.json.get("entry", [])}
    expect(ids[0] in found, "the near-identical patient was not matched")
    expect(ids[1] not in found, "an unrelated patient with the same birth date was matched")
    expect(found[ids[0]].get("score", 0) > 0, "no score on the match")


CHECKS = [
    ("CapabilityStatement: R4 4.0.1, transaction, Patient/$everything", check_capability_statement),
    ("conditional create (If-None-Exist) twice stores one resource, 201 then 200", check_conditional_create),
    ("update with a stale If-Match gets 412", check_stale_if_match),
    ("transaction resolves urn:uuid references; $everything", check_transaction_urn_uuid),
    ("a transaction with a failing entry stores nothing", check_transaction_atomic),
    ("_count=10 over 25 resources: next links give all 25; _lastUpdated, _since", check_paging),
    ("Accept-Encoding: gzip gets Content-Encoding: gzip", check_gzip),
    ("AuditEvent accepted", check_audit_event),
    ("Patient/$match finds a near-identical patient, not a stranger", check_patient_match),
]


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    base = base_url(argv[1])
    print(f"hapi_smoke: {base} (run {RUN})")
    passed = failed = 0
    for name, check in CHECKS:
        t0 = time.monotonic()
        try:
            check(base)
        except Exception as e:  # report every failure, keep going
            failed += 1
            print(f"FAIL {name}: {type(e).__name__}: {e}")
        else:
            passed += 1
            print(f"ok   {name} ({time.monotonic() - t0:.2f} s)")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
