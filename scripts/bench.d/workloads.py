"""The generated inputs of scripts/bench: .syn scripts and a Tavern test file."""

import os


def write(path, lines):
    with open(path, "w") as file:
        file.write("\n".join(lines) + "\n")
    return path


def create_script(folder, creates, extra=()):
    """`mock plan growth` (no profile cap), then one `create profile` with a name and an
    externalId per line, `creates` of them (issue 21's workload), then the `extra` lines."""
    body = ["mock plan growth"]
    body += [f"create profile name=p{number} externalId=e{number}" for number in range(creates)]
    return write(os.path.join(folder, f"create-{creates}.syn"), body + list(extra))


def one_line_script(folder):
    return write(os.path.join(folder, "one-line.syn"), ["list profiles"])


def live_script(folder, requests=2_000):
    """`requests` sequential requests: one create, then reads of that profile."""
    body = ["create profile name=bench as p"]
    body += ["get profile $p.id"] * (requests - 1)
    body += ["expect status 200"]
    return write(os.path.join(folder, "live.syn"), body)


# The acceptance test both tools run: CASES cases of PAIRS (create, read back) pairs,
# each request checked for its status and one field: 1,000 requests in all.
CASES, PAIRS = 100, 5


def acceptance_syn(folder):
    body = []
    for case in range(CASES):
        body.append(f'test "case {case}"')
        for pair in range(PAIRS):
            name = f"c{case}p{pair}"
            body += [
                f"create profile name={name} externalId=e-{name} as p",
                "expect status 201",
                f'expect .externalId == "e-{name}"',
                "get profile $p.id",
                "expect status 200",
                f'expect .name == "{name}"',
            ]
    return write(os.path.join(folder, "acceptance.syn"), body)


def acceptance_tavern(folder):
    """The same test for Tavern: one YAML document (a pytest item) per case."""
    documents = []
    for case in range(CASES):
        stages = []
        for pair in range(PAIRS):
            name = f"c{case}p{pair}"
            stages.append(f"""  - name: create {name}
    request:
      url: "{{tavern.env_vars.SYN_BASE}}/v1/profiles"
      method: POST
      headers: {{x-api-key: "{{tavern.env_vars.SYN_KEY}}"}}
      json: {{name: {name}, externalId: e-{name}}}
    response:
      status_code: 201
      json: {{externalId: e-{name}}}
      save:
        json: {{profile_id: id}}
  - name: read {name}
    request:
      url: "{{tavern.env_vars.SYN_BASE}}/v1/profiles/{{profile_id}}"
      method: GET
      headers: {{x-api-key: "{{tavern.env_vars.SYN_KEY}}"}}
    response:
      status_code: 200
      json: {{name: {name}}}""")
        documents.append(f"test_name: case {case}\nstrict: [json:off]\nstages:\n" + "\n".join(stages) + "\n")
    path = os.path.join(folder, "test_acceptance.tavern.yaml")
    with open(path, "w") as file:
        file.write("---\n".join(documents))
    return path
