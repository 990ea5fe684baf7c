#!/usr/bin/env python3
"""Sorts a Java Flight Recording's method samples into layers: each sample counts for the layer of its frame
nearest the leaf that belongs to one (JDK frames count for their caller's layer). Also prints the samples by
thread group and the meetlinks frames by inclusive share.

Usage: python3 bench/jfr-layers.py FILE.jfr   (the JDK's jfr tool: $JFR, else $JAVA_HOME/bin/jfr)
"""
import re, sys, subprocess, collections
import os
JFR = os.environ.get("JFR") or os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "jfr")
LAYERS = [
    ("ical4j / mail composition", ["net.fortuna.ical4j", "jakarta.mail", "com.sun.mail", "org.eclipse.angus", "org.meetlinks.adapter.out.mail"]),
    ("provider HTTP client + FT", ["org.jboss.resteasy", "org.apache.http", "io.smallrye.faulttolerance", "com.ibm.ws.microprofile.faulttolerance", "org.meetlinks.adapter.out.providers"]),
    ("JMS delivery/ack", ["org.apache.activemq", "com.ibm.ws.jca.inbound", "com.ibm.ws.ejbcontainer.mdb"]),
    ("Hibernate", ["org.hibernate"]),
    ("pgjdbc", ["org.postgresql"]),
    ("JCA pool / transactions", ["com.ibm.ejs.j2c", "com.ibm.ws.tx", "com.ibm.tx", "com.ibm.ws.jca", "com.ibm.ws.rsadapter", "com.ibm.ws.transaction"]),
    ("JSON", ["org.eclipse.parsson", "org.eclipse.yasson", "jakarta.json"]),
    ("metrics", ["io.smallrye.metrics", "io.micrometer", "com.ibm.ws.microprofile.metrics"]),
    ("logging", ["java.util.logging", "com.ibm.ws.logging", "com.ibm.websphere.ras", "com.ibm.ws.kernel.boot.logging", "org.jboss.logging"]),
    ("CDI/EJB/interceptors", ["org.jboss.weld", "com.ibm.ws.cdi", "com.ibm.ejs.container", "com.ibm.ws.ejbcontainer"]),
    ("meetlinks (other)", ["org.meetlinks"]),
    ("HTTP server", ["com.ibm.ws.http", "com.ibm.ws.webcontainer", "com.ibm.ws.tcpchannel"]),
    ("Liberty threads/kernel", ["com.ibm.ws.threading", "com.ibm.ws.kernel"]),
]
def samples(path):
    out = subprocess.run([JFR, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                         capture_output=True, text=True).stdout
    for block in out.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>/]+)\(", block, re.M)
        thread = re.search(r'sampledThread = "([^"]*)"', block)
        yield (thread.group(1) if thread else "?"), frames
counts = collections.Counter(); threads = collections.Counter(); ml = collections.Counter(); total = 0
for thread, frames in samples(sys.argv[1]):
    total += 1
    threads[re.sub(r"\d+", "#", thread)] += 1
    layer = "other (JDK only)"
    for f in frames:  # leaf first: the nearest frame that belongs to a layer
        hit = next((name for name, prefixes in LAYERS if any(f.startswith(p) for p in prefixes)), None)
        if hit:
            layer = hit; break
    counts[layer] += 1
    seen = set()
    for f in frames:
        if f.startswith("org.meetlinks") and f not in seen:
            seen.add(f); ml[f] += 1
print(f"{total} samples")
for k, v in counts.most_common(): print(f"  {100*v/total:5.1f}%  {k}")
print("by thread:")
for k, v in threads.most_common(10): print(f"  {100*v/total:5.1f}%  {k}")
print("meetlinks frames (inclusive):")
for k, v in ml.most_common(25): print(f"  {100*v/total:5.1f}%  {k}")
