#!/usr/bin/env python3
"""Generates the scan feedback sounds (16-bit mono PCM WAV, 22050 Hz) deterministically.

ok: one short high beep; warning: two medium beeps; error: an alarm that cannot be mistaken for either
(three loud high-pitched two-tone pulses, 2900/3600 Hz square, about 0.9 s: it cuts through aisle noise).
Run from this folder: python3 generate.py
"""
import math
import struct
import wave

RATE = 22050


def tone(freq, ms, volume=0.6, square=False):
    n = int(RATE * ms / 1000)
    out = []
    for i in range(n):
        t = i / RATE
        s = math.sin(2 * math.pi * freq * t)
        if square:
            s = 1.0 if s >= 0 else -1.0
            s *= 0.5
        # 5 ms fade in/out against clicks
        fade = min(1.0, i / (RATE * 0.005), (n - i) / (RATE * 0.005))
        out.append(int(32767 * volume * s * fade))
    return out


def silence(ms):
    return [0] * int(RATE * ms / 1000)


def write(name, samples):
    with wave.open(name, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", s) for s in samples))


write("ok.wav", tone(2400, 90))
write("warning.wav", tone(1200, 110) + silence(60) + tone(1200, 110))
alarm = []
for _ in range(3):
    alarm += tone(2900, 120, volume=0.9, square=True) + tone(3600, 120, volume=0.9, square=True) + silence(60)
write("error.wav", alarm)
