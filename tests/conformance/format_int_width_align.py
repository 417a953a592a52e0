# Integer fill, alignment (<, >, ^, =), signs (+, -, space), zero padding and widths narrower than the value.
for v in [42, -42]:
    print(f"[{v:8}][{v:<8}][{v:>8}][{v:^8}][{v:=8}][{v:*^9}][{v:08}][{v:+08}][{v: }][{v:+}][{v:-}]")
print(f"[{12345:3}][{0:05}][{-0:+}][{7:#06x}][{7:#010b}][{255:_^+#12x}]")
