package reflect

import (
	"strconv"
	"unsafe"
)

// Value is the reflection interface to a Go value (see the package comment for its
// representation).
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer // the value's memory (for a method value: the receiver's)
	flag
}

type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5 // reached through an unexported, not embedded, field
	flagEmbedRO     flag = 1 << 6 // reached through an unexported embedded field
	flagAddr        flag = 1 << 7 // addressable
	flagMethod      flag = 1 << 8 // a method value: typ and ptr are the receiver's
	flagMethodFn    flag = 1 << 9 // Type.Method's Func: ptr holds the method's code; receiver first
	flagMethodShift      = 10
	flagRO          flag = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// The runtime natives (stdlib/reflect.cpp).
func unsafe_New(t *rtype) unsafe.Pointer
func unsafe_NewArray(t *rtype, n int) unsafe.Pointer
func typedmemmove(t *rtype, dst, src unsafe.Pointer)
func typedmemclr(t *rtype, p unsafe.Pointer)
func typedslicecopy(elem *rtype, dst, src unsafe.Pointer, n int)
func typedequal(t *rtype, x, y unsafe.Pointer) bool
func escapes(x any)
func getitab(inter, t *rtype) unsafe.Pointer
func makeslice(elem *rtype, len, cap int) unsafe.Pointer
func growslice(elem *rtype, old unsafe.Pointer, oldLen, oldCap, newLen int) (p unsafe.Pointer, newCap int)
func makemap(t *rtype, n int) unsafe.Pointer
func mapaccess(t *rtype, m, key unsafe.Pointer) unsafe.Pointer
func mapassign(t *rtype, m, key, val unsafe.Pointer)
func mapdelete(t *rtype, m, key unsafe.Pointer)
func maplen(m unsafe.Pointer) int
func mapsnapshot(t *rtype, m unsafe.Pointer) (keys, elems unsafe.Pointer, n int)
func makechan(t *rtype, size int) unsafe.Pointer
func chanlen(c unsafe.Pointer) int
func chancap(c unsafe.Pointer) int
func chanclose(c unsafe.Pointer)
func chansend(t *rtype, c, val unsafe.Pointer, nb bool) bool
func chanrecv(t *rtype, c, val unsafe.Pointer, nb bool) (selected, ok bool)
func call(ft *rtype, fn unsafe.Pointer, isCode bool, rcvr unsafe.Pointer, hasRcvr bool, first int, args []unsafe.Pointer) []unsafe.Pointer

func add(p unsafe.Pointer, x uintptr) unsafe.Pointer { return unsafe.Pointer(uintptr(p) + x) }

type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// mustBe panics with a *ValueError naming method (Go's valueMethodName finds it on the
// stack: the exported reflect.Value method called, else "unknown method") unless f is of
// kind expected.
func (f flag) mustBe(expected Kind, method string) {
	if Kind(f&flagKindMask) != expected {
		panic(&ValueError{method, f.kind()})
	}
}

func (f flag) mustBeExported(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (f flag) mustBeAssignable(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// ValueOf returns a new Value for the concrete value stored in i (the zero Value for nil).
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	escapes(i)
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return unpackEface(e.typ, e.word, 0)
}

// unpackEface: the Value of an interface's dynamic type t and data word.
func unpackEface(t *rtype, word unsafe.Pointer, ro flag) Value {
	if t == nil {
		return Value{}
	}
	f := flag(t.Kind()) | ro
	if t.directIface() {
		cell := new(unsafe.Pointer)
		*cell = word
		return Value{t, unsafe.Pointer(cell), f}
	}
	return Value{t, word, f}
}

// packEface: v as an interface value.
func packEface(v Value) any {
	var i any
	e := (*emptyInterface)(unsafe.Pointer(&i))
	t := v.typ
	if t.directIface() {
		e.word = *(*unsafe.Pointer)(v.ptr)
	} else if v.flag&flagAddr != 0 {
		c := unsafe_New(t)
		typedmemmove(t, c, v.ptr)
		e.word = c
	} else {
		e.word = v.ptr
	}
	e.typ = t
	return i
}

func funcCell(code unsafe.Pointer) unsafe.Pointer {
	cell := new(unsafe.Pointer)
	*cell = code
	return unsafe.Pointer(cell)
}

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	p := unsafe_New(t)
	pt := rtPtrTo(t)
	return Value{pt, funcCell(p), flag(Pointer)}
}

// NewAt returns a Value representing a pointer to a value of the specified type at p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	t := typ.common()
	return Value{rtPtrTo(t), funcCell(p), flag(Pointer)}
}

// Zero returns a Value representing the zero value for the specified type (not
// addressable, not settable).
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, unsafe_New(t), flag(t.Kind())}
}

// Indirect returns the value that v points to (v itself when it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) IsValid() bool { return v.flag != 0 }

func (v Value) Kind() Kind { return v.kind() }

func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		// A method value: the method's type, without the receiver.
		_, _, mt, _ := rtMethod(v.typ, int(v.flag)>>flagMethodShift)
		return toType(mt)
	}
	return v.typ
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return valueInterface(v)
}

func valueInterface(v Value) any {
	if v.flag&flagMethod != 0 {
		panic("reflect: Interface of a method value is not supported by golite yet")
	}
	if v.kind() == Interface {
		// An interface: its own dynamic value.
		if v.NumMethod() == 0 {
			return *(*any)(v.ptr)
		}
		e := v.Elem()
		if !e.IsValid() {
			return nil
		}
		return packEface(e)
	}
	return packEface(v)
}

func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{rtPtrTo(v.typ), funcCell(v.ptr), v.flag.ro() | flag(Pointer)}
}

func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns the string v's underlying value is; for another kind, "<T Value>".
func (v Value) String() string {
	if v.kind() == String {
		return *(*string)(v.ptr)
	}
	if v.kind() == Invalid {
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if rtElem(v.typ).Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if rtElem(v.typ).Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		var b []byte
		h := (*sliceHeader)(unsafe.Pointer(&b))
		h.Data, h.Len, h.Cap = v.ptr, v.Len(), v.Len()
		return b
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

func (v Value) runes() []rune {
	v.mustBe(Slice, "unknown method")
	if rtElem(v.typ).Kind() != Int32 {
		panic("reflect.Value.Bytes of non-rune slice")
	}
	return *(*[]rune)(v.ptr)
}

func (v Value) Len() int {
	switch v.kind() {
	case Array:
		return rtLen(v.typ)
	case Chan:
		return chanlen(*(*unsafe.Pointer)(v.ptr))
	case Map:
		return maplen(*(*unsafe.Pointer)(v.ptr))
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case String:
		return (*stringHeader)(v.ptr).Len
	case Pointer:
		if rtElem(v.typ).Kind() == Array {
			return rtLen(rtElem(v.typ))
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return rtLen(v.typ)
	case Chan:
		return chancap(*(*unsafe.Pointer)(v.ptr))
	case Slice:
		return (*sliceHeader)(v.ptr).Cap
	case Pointer:
		if rtElem(v.typ).Kind() == Array {
			return rtLen(rtElem(v.typ))
		}
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		if v.flag&(flagMethod|flagMethodFn) != 0 {
			return false
		}
		return *(*unsafe.Pointer)(v.ptr) == nil
	case Interface, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		f := v.Float()
		return f == 0 && 1/f > 0 // +0 only
	case Complex64, Complex128:
		c := v.Complex()
		return real(c) == 0 && imag(c) == 0 && 1/real(c) > 0 && 1/imag(c) > 0
	case String:
		return v.Len() == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		if v.flag&(flagMethod|flagMethodFn) != 0 {
			return uintptr(v.ptr)
		}
		return uintptr(*(*unsafe.Pointer)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return *(*unsafe.Pointer)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.kind()})
}

func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		var t *rtype
		var word unsafe.Pointer
		if rtNumMethod(v.typ) == 0 {
			e := (*emptyInterface)(v.ptr)
			t, word = e.typ, e.word
		} else {
			tab := *(*unsafe.Pointer)(v.ptr)
			if tab != nil {
				t = *(**rtype)(add(tab, 8)) // the itab's dynamic type
			}
			word = *(*unsafe.Pointer)(add(v.ptr, 8))
		}
		return unpackEface(t, word, v.flag.ro())
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		et := rtElem(v.typ)
		return Value{et, p, v.flag.ro() | flagAddr | flag(et.Kind())}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return rtNumField(v.typ)
}

func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	if uint(i) >= uint(rtNumField(v.typ)) {
		panic("reflect: Field index out of range")
	}
	_, pkg, ft, _, off, emb := rtField(v.typ, i)
	fl := v.flag&(flagStickyRO|flagAddr) | flag(ft.Kind())
	if pkg != "" {
		if emb {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{ft, add(v.ptr, off), fl}
}

func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && rtElem(v.typ).Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByIndexErr is FieldByIndex returning an error instead of panicking on a nil
// embedded pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && rtElem(v.typ).Kind() == Struct {
			if v.IsNil() {
				return Value{}, errorString("reflect: indirection through nil pointer to embedded struct field " + rtName(rtElem(v.typ)))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

type errorString string

func (e errorString) Error() string { return string(e) }

func (v Value) FieldByName(name string) Value {
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		n := rtLen(v.typ)
		if uint(i) >= uint(n) {
			panic("reflect: array index out of range")
		}
		et := rtElem(v.typ)
		fl := v.flag&(flagRO|flagAddr) | flag(et.Kind())
		return Value{et, add(v.ptr, uintptr(i)*rtSize(et)), fl}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		et := rtElem(v.typ)
		fl := flagAddr | v.flag.ro() | flag(et.Kind())
		return Value{et, add(s.Data, uintptr(i)*rtSize(et)), fl}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: string index out of range")
		}
		b := new(byte)
		*b = *(*byte)(add(s.Data, uintptr(i)))
		return Value{uint8Type, unsafe.Pointer(b), v.flag.ro() | flag(Uint8)}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

var uint8Type = TypeOf(uint8(0)).common()

// ---- setting --------------------------------------------------------------------------

// Set assigns x to the value v (x must be assignable to v's type).
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.mustBeExported("reflect.Set")
	x = x.assignTo("reflect.Set", v.typ)
	typedmemmove(v.typ, v.ptr, x.ptr)
}

// assignTo: v as a value of type dst (v's own memory when no conversion is needed).
func (v Value) assignTo(context string, dst *rtype) Value {
	if v.flag&flagMethod != 0 {
		panic(context + ": method values are not supported by golite yet")
	}
	switch {
	case directlyAssignable(dst, v.typ):
		return Value{dst, v.ptr, v.flag&(flagAddr|flagRO) | flag(dst.Kind())}
	case dst.Kind() == Interface && rtImplements(dst, v.typ):
		target := unsafe_New(dst)
		if v.Kind() == Interface && v.IsNil() {
			return Value{dst, target, flag(Interface)}
		}
		x := valueInterface(v)
		if rtNumMethod(dst) == 0 {
			*(*any)(target) = x
		} else {
			e := (*emptyInterface)(unsafe.Pointer(&x))
			*(*unsafe.Pointer)(target) = getitab(dst, e.typ)
			*(*unsafe.Pointer)(add(target, 8)) = e.word
		}
		return Value{dst, target, flag(Interface)}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if rtElem(v.typ).Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

func (v Value) setRunes(x []rune) {
	v.mustBeAssignable("reflect.Value.setRunes")
	v.mustBe(Slice, "unknown method")
	*(*[]rune)(v.ptr) = x
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.Cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.Len = n
}

func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	s := (*sliceHeader)(v.ptr)
	if n < s.Len || n > s.Cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.Cap = n
}

func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

// SetZero sets v to the zero value of its type.
func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	typedmemclr(v.typ, v.ptr)
}

func (v Value) OverflowInt(x int64) bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := rtSize(v.typ) * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

func (v Value) OverflowUint(x uint64) bool {
	switch v.kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := rtSize(v.typ) * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

func (v Value) OverflowFloat(x float64) bool {
	switch v.kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return 3.40282346638528859811704183484516925440e+38 < x && x <= 1.79769313486231570814527423731704356798070e+308
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.kind()})
}

// ---- slices ---------------------------------------------------------------------------

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	var base unsafe.Pointer
	var cap int
	var et *rtype
	st := v.typ
	fl := v.flag.ro() | flagAddr | flag(Slice)
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		cap = rtLen(v.typ)
		et = rtElem(v.typ)
		base = v.ptr
		st = rtSliceOf(et)
	case Slice:
		s := (*sliceHeader)(v.ptr)
		base, cap, et = s.Data, s.Cap, rtElem(v.typ)
	case String:
		s := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > s.Len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		str := new(string)
		*str = (*(*string)(v.ptr))[i:j]
		return Value{v.typ, unsafe.Pointer(str), v.flag.ro() | flag(String)}
	default:
		panic(&ValueError{"reflect.Value.Slice", v.kind()})
	}
	if i < 0 || j < i || j > cap {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	h := new(sliceHeader)
	h.Len = j - i
	h.Cap = cap - i
	if cap-i > 0 {
		h.Data = add(base, uintptr(i)*rtSize(et))
	} else {
		h.Data = base
	}
	return Value{st, unsafe.Pointer(h), fl}
}

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value {
	var base unsafe.Pointer
	var cap int
	var et *rtype
	st := v.typ
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		cap, et, base = rtLen(v.typ), rtElem(v.typ), v.ptr
		st = rtSliceOf(et)
	case Slice:
		s := (*sliceHeader)(v.ptr)
		base, cap, et = s.Data, s.Cap, rtElem(v.typ)
	default:
		panic(&ValueError{"reflect.Value.Slice3", v.kind()})
	}
	if i < 0 || j < i || k < j || k > cap {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	h := new(sliceHeader)
	h.Len, h.Cap = j-i, k-i
	if k-i > 0 {
		h.Data = add(base, uintptr(i)*rtSize(et))
	} else {
		h.Data = base
	}
	return Value{st, unsafe.Pointer(h), v.flag.ro() | flagAddr | flag(Slice)}
}

// MakeSlice creates a new zero-initialized slice value for the specified slice type,
// length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	h := new(sliceHeader)
	h.Data = makeslice(rtElem(t), len, cap)
	h.Len, h.Cap = len, cap
	return Value{t, unsafe.Pointer(h), flag(Slice)}
}

// grow: s (a slice Value's memory) with room for n more elements; its length unchanged.
func growHeader(t *rtype, s *sliceHeader, n int) sliceHeader {
	need := s.Len + n
	if need <= s.Cap {
		return *s
	}
	p, c := growslice(rtElem(t), s.Data, s.Len, s.Cap, need)
	return sliceHeader{p, s.Len, c}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "unknown method")
	h := growHeader(s.typ, (*sliceHeader)(s.ptr), len(x))
	n := h.Len
	h.Len += len(x)
	out := Value{s.typ, unsafe.Pointer(&h), flagAddr | flag(Slice)}
	for i, v := range x {
		out.Index(n + i).Set(v)
	}
	return Value{s.typ, unsafe.Pointer(&h), s.flag.ro() | flag(Slice)}
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "unknown method")
	t.mustBe(Slice, "unknown method")
	if rtElem(s.typ) != rtElem(t.typ) {
		panic("reflect.AppendSlice: " + s.typ.String() + " != " + t.typ.String())
	}
	th := (*sliceHeader)(t.ptr)
	h := growHeader(s.typ, (*sliceHeader)(s.ptr), th.Len)
	et := rtElem(s.typ)
	typedslicecopy(et, add(h.Data, uintptr(h.Len)*rtSize(et)), th.Data, th.Len)
	h.Len += th.Len
	return Value{s.typ, unsafe.Pointer(&h), s.flag.ro() | flag(Slice)}
}

// Copy copies the contents of src into dst until either dst has been filled or src has
// been exhausted, and returns the number of elements copied.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.kind()
	var stringCopy bool
	if sk != Array && sk != Slice {
		stringCopy = sk == String && rtElem(dst.typ).Kind() == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported("reflect.Copy")
	de := rtElem(dst.typ)
	if !stringCopy && rtElem(src.typ) != de {
		panic("reflect.Copy: " + de.String() + " != " + rtElem(src.typ).String())
	}
	var dp, sp unsafe.Pointer
	var dn, sn int
	if dk == Array {
		dp, dn = dst.ptr, rtLen(dst.typ)
	} else {
		h := (*sliceHeader)(dst.ptr)
		dp, dn = h.Data, h.Len
	}
	switch {
	case stringCopy:
		h := (*stringHeader)(src.ptr)
		sp, sn = h.Data, h.Len
	case sk == Array:
		sp, sn = src.ptr, rtLen(src.typ)
	default:
		h := (*sliceHeader)(src.ptr)
		sp, sn = h.Data, h.Len
	}
	n := dn
	if sn < n {
		n = sn
	}
	typedslicecopy(de, dp, sp, n)
	return n
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	h := (*sliceHeader)(v.ptr)
	et := rtElem(v.typ)
	size := rtSize(et)
	tmp := unsafe_New(et)
	return func(i, j int) {
		if uint(i) >= uint(h.Len) || uint(j) >= uint(h.Len) {
			panic("reflect: slice index out of range")
		}
		pi, pj := add(h.Data, uintptr(i)*size), add(h.Data, uintptr(j)*size)
		typedmemmove(et, tmp, pi)
		typedmemmove(et, pi, pj)
		typedmemmove(et, pj, tmp)
	}
}

// ---- maps -----------------------------------------------------------------------------

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map with the specified type and initial space for
// approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	return Value{t, funcCell(makemap(t, n)), flag(Map)}
}

// MapIndex returns the value associated with key in the map v (the zero Value if absent).
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	key = key.assignTo("reflect.Value.MapIndex", rtKey(v.typ))
	m := *(*unsafe.Pointer)(v.ptr)
	if m == nil {
		return Value{}
	}
	p := mapaccess(v.typ, m, key.ptr)
	if p == nil {
		return Value{}
	}
	et := rtElem(v.typ)
	c := unsafe_New(et)
	typedmemmove(et, c, p)
	return Value{et, c, (v.flag | key.flag).ro() | flag(et.Kind())}
}

// SetMapIndex sets the element associated with key in the map v to elem; the zero Value
// as elem deletes the key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	key = key.assignTo("reflect.Value.SetMapIndex", rtKey(v.typ))
	m := *(*unsafe.Pointer)(v.ptr)
	if elem.flag == 0 {
		if m != nil {
			mapdelete(v.typ, m, key.ptr)
		}
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", rtElem(v.typ))
	if m == nil {
		panic("assignment to entry in nil map")
	}
	mapassign(v.typ, m, key.ptr, elem.ptr)
}

// MapKeys returns a slice containing all the keys present in the map, in unspecified
// order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	m := *(*unsafe.Pointer)(v.ptr)
	if m == nil {
		return []Value{}
	}
	kt := rtKey(v.typ)
	keys, _, n := mapsnapshot(v.typ, m)
	out := make([]Value, n)
	size := rtSize(kt)
	fl := v.flag.ro() | flag(kt.Kind())
	for i := range out {
		out[i] = Value{kt, add(keys, uintptr(i)*size), fl}
	}
	return out
}

// A MapIter is an iterator for ranging over a map (see Value.MapRange). golite's takes
// the map's entries when it starts.
type MapIter struct {
	m     Value
	keys  unsafe.Pointer
	elems unsafe.Pointer
	n, i  int
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v, i: -1}
}

// Next advances the map iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	if !it.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if it.i == -1 {
		m := *(*unsafe.Pointer)(it.m.ptr)
		if m != nil {
			it.keys, it.elems, it.n = mapsnapshot(it.m.typ, m)
		}
	}
	if it.i >= it.n {
		panic("MapIter.Next called on exhausted iterator")
	}
	it.i++
	return it.i < it.n
}

func (it *MapIter) check(what string) {
	if it.i < 0 {
		panic("MapIter." + what + " called before Next")
	}
	if it.i >= it.n {
		panic("MapIter." + what + " called on exhausted iterator")
	}
}

// Key returns the key of the iterator's current map entry.
func (it *MapIter) Key() Value {
	it.check("Key")
	kt := rtKey(it.m.typ)
	return Value{kt, add(it.keys, uintptr(it.i)*rtSize(kt)), it.m.flag.ro() | flag(kt.Kind())}
}

// Value returns the value of the iterator's current map entry.
func (it *MapIter) Value() Value {
	it.check("Value")
	et := rtElem(it.m.typ)
	return Value{et, add(it.elems, uintptr(it.i)*rtSize(et)), it.m.flag.ro() | flag(et.Kind())}
}

// Reset modifies it to iterate over v.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "unknown method")
	}
	*it = MapIter{m: v, i: -1}
}

// SetIterKey assigns to v the key of iter's current map entry.
func (v Value) SetIterKey(iter *MapIter) { v.Set(iter.Key()) }

// SetIterValue assigns to v the value of iter's current map entry.
func (v Value) SetIterValue(iter *MapIter) { v.Set(iter.Value()) }

// ---- channels -------------------------------------------------------------------------

// MakeChan creates a new channel with the specified type and buffer size.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common()
	return Value{t, funcCell(makechan(t, buffer)), flag(Chan)}
}

func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	v.mustBeExported("reflect.Value.Close")
	if rtChanDir(v.typ)&SendDir == 0 {
		panic("reflect: close of receive-only channel")
	}
	chanclose(*(*unsafe.Pointer)(v.ptr))
}

func (v Value) send(x Value, nb bool) bool {
	method := "reflect.Value.Send"
	if nb {
		method = "reflect.Value.TrySend"
	}
	v.mustBe(Chan, method)
	v.mustBeExported("reflect.Value.Send")
	if rtChanDir(v.typ)&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported("reflect.Value.Send")
	x = x.assignTo("reflect.Value.Send", rtElem(v.typ))
	return chansend(v.typ, *(*unsafe.Pointer)(v.ptr), x.ptr, nb)
}

// Send sends x on the channel v.
func (v Value) Send(x Value) { v.send(x, false) }

// TrySend attempts to send x on the channel v but will not block.
func (v Value) TrySend(x Value) bool { return v.send(x, true) }

func (v Value) recv(nb bool) (Value, bool) {
	method := "reflect.Value.Recv"
	if nb {
		method = "reflect.Value.TryRecv"
	}
	v.mustBe(Chan, method)
	v.mustBeExported("reflect.Value.Recv")
	if rtChanDir(v.typ)&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	et := rtElem(v.typ)
	p := unsafe_New(et)
	selected, ok := chanrecv(v.typ, *(*unsafe.Pointer)(v.ptr), p, nb)
	if !selected {
		return Value{}, false
	}
	return Value{et, p, flag(et.Kind())}, ok
}

// Recv receives and returns a value from the channel v.
func (v Value) Recv() (x Value, ok bool) { return v.recv(false) }

// TryRecv attempts to receive a value from the channel v but will not block.
func (v Value) TryRecv() (x Value, ok bool) { return v.recv(true) }

// ---- methods and calls ----------------------------------------------------------------

// NumMethod returns the number of exported methods in the value's method set (an
// interface's: all its methods).
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return rtNumMethod(v.typ)
}

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(rtNumMethod(v.typ)) {
		panic("reflect: Method index out of range")
	}
	if v.typ.Kind() == Interface {
		if v.IsNil() {
			panic("reflect: Method on nil interface value")
		}
		name, _, _, _ := rtMethod(v.typ, i)
		return v.Elem().MethodByName(name)
	}
	fl := v.flag.ro() | flag(v.flag&flagAddr) | flag(Func) | flagMethod | flag(i)<<flagMethodShift
	return Value{v.typ, v.ptr, fl}
}

// MethodByName returns a function value corresponding to the method of v with the given
// name (the zero Value if none).
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return Value{}
	}
	n := rtNumMethod(v.typ)
	for i := 0; i < n; i++ {
		if mn, _, _, _ := rtMethod(v.typ, i); mn == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// dataWord: the receiver as an interface's data word would hold it (what a method's
// interface entry expects): the word itself for a pointer-shaped type, else a pointer to
// the value.
func dataWord(v Value) unsafe.Pointer {
	if v.typ.directIface() {
		return *(*unsafe.Pointer)(v.ptr)
	}
	c := unsafe_New(v.typ)
	typedmemmove(v.typ, c, v.ptr)
	return c
}

// Call calls the function v with the input arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in, assigning the
// slice in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	var ft *rtype
	var fn unsafe.Pointer
	isCode := false
	var rcvr unsafe.Pointer
	hasRcvr := false
	switch {
	case v.flag&flagMethod != 0:
		i := int(v.flag) >> flagMethodShift
		_, _, mt, code := rtMethod(v.typ, i)
		ft, fn, isCode = mt, code, true
		rcvr, hasRcvr = dataWord(Value{v.typ, v.ptr, flag(v.typ.Kind())}), true
	case v.flag&flagMethodFn != 0:
		ft, fn, isCode = v.typ, *(*unsafe.Pointer)(v.ptr), true
	default:
		ft, fn = v.typ, *(*unsafe.Pointer)(v.ptr)
		if fn == nil {
			panic("reflect.Value.Call: call of nil function")
		}
	}
	isSlice := op == "CallSlice"
	n := rtNumIn(ft)
	variadic := rtVariadic(ft)
	first := 0
	if v.flag&flagMethodFn != 0 {
		// Type.Method's Func: the receiver is the first argument, passed as a data word.
		if len(in) == 0 {
			panic("reflect: Call with too few input arguments")
		}
		rcvr, hasRcvr = dataWord(in[0].assignTo("reflect.Value.Call", rtIn(ft, 0))), true
		first = 1
	}
	if isSlice {
		if !variadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if variadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !variadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	if !isSlice && variadic {
		// Pack the extra arguments into a slice.
		m := len(in) - n
		st := rtIn(ft, n)
		slice := MakeSlice(toType(st), m, m)
		et := rtElem(st)
		for i := 0; i < m; i++ {
			x := in[n+i]
			if !x.Type().AssignableTo(toType(et)) {
				panic("reflect: cannot use " + x.Type().String() + " as type " + et.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		origIn := in
		in = make([]Value, n+1)
		copy(in[:n], origIn)
		in[n] = slice
	}
	nin := rtNumIn(ft)
	args := make([]unsafe.Pointer, 0, nin)
	for i := first; i < nin; i++ {
		targ := rtIn(ft, i)
		x := in[i]
		if xt := x.Type(); !xt.AssignableTo(toType(targ)) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
		x = x.assignTo("reflect.Value.Call", targ)
		args = append(args, x.ptr)
	}
	res := call(ft, fn, isCode, rcvr, hasRcvr, first, args)
	out := make([]Value, len(res))
	for i, p := range res {
		t := rtOut(ft, i)
		out[i] = Value{t, p, flag(t.Kind())}
	}
	return out
}

// ---- conversions ----------------------------------------------------------------------

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 {
		panic("reflect.Value.Convert: method values are not supported by golite yet")
	}
	op := convertOp(t.common(), v.typ)
	if op == nil {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	return op(v, t.common())
}

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	if vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array {
		if t.Elem().Len() > v.Len() {
			return false
		}
	}
	return true
}

func isInt(k Kind) bool   { return k >= Int && k <= Int64 }
func isUint(k Kind) bool  { return k >= Uint && k <= Uintptr }
func isFloat(k Kind) bool { return k == Float32 || k == Float64 }

// convertOp: the conversion from a value of type src to type dst, or nil.
func convertOp(dst, src *rtype) func(Value, *rtype) Value {
	sk, dk := src.Kind(), dst.Kind()
	switch {
	case isInt(sk) || isUint(sk):
		switch {
		case isInt(dk) || isUint(dk):
			return cvtInt
		case isFloat(dk):
			return cvtIntFloat
		case dk == String:
			return cvtIntString
		}
	case isFloat(sk):
		switch {
		case isInt(dk) || isUint(dk):
			return cvtFloatInt
		case isFloat(dk):
			return cvtFloat
		}
	case sk == Complex64 || sk == Complex128:
		if dk == Complex64 || dk == Complex128 {
			return cvtComplex
		}
	case sk == String:
		if dk == Slice && rtPkgPath(rtElem(dst)) == "" {
			switch rtElem(dst).Kind() {
			case Uint8:
				return cvtStringBytes
			case Int32:
				return cvtStringRunes
			}
		}
	case sk == Slice:
		if dk == String && rtPkgPath(rtElem(src)) == "" {
			switch rtElem(src).Kind() {
			case Uint8:
				return cvtBytesString
			case Int32:
				return cvtRunesString
			}
		}
		if dk == Pointer && rtElem(dst).Kind() == Array && rtElem(src) == rtElem(rtElem(dst)) {
			return cvtSliceArrayPtr
		}
	}
	if haveIdenticalUnderlyingType(dst, src) {
		return cvtDirect
	}
	if dk == Pointer && rtName(dst) == "" && sk == Pointer && rtName(src) == "" &&
		haveIdenticalUnderlyingType(rtElem(dst), rtElem(src)) {
		return cvtDirect
	}
	if dk == Interface && rtImplements(dst, src) {
		return cvtToInterface
	}
	return nil
}

func haveIdenticalUnderlyingType(t, u *rtype) bool {
	if t == u {
		return true
	}
	if t.Kind() != u.Kind() {
		return false
	}
	if Bool <= t.Kind() && t.Kind() <= Complex128 || t.Kind() == String || t.Kind() == UnsafePointer {
		return true
	}
	return rtIdenticalUnderlying(t, u)
}

// newValue: a fresh value of type t (not addressable) for a conversion's result.
func newValue(t *rtype, ro flag) Value { return Value{t, unsafe_New(t), ro | flag(t.Kind())} }

func cvtInt(v Value, t *rtype) Value {
	var x uint64
	if isInt(v.kind()) {
		x = uint64(v.Int())
	} else {
		x = v.Uint()
	}
	r := newValue(t, v.flag.ro())
	switch t.Kind() {
	case Int, Int64, Uint, Uint64, Uintptr:
		*(*uint64)(r.ptr) = x
	case Int32, Uint32:
		*(*uint32)(r.ptr) = uint32(x)
	case Int16, Uint16:
		*(*uint16)(r.ptr) = uint16(x)
	case Int8, Uint8:
		*(*uint8)(r.ptr) = uint8(x)
	}
	return r
}

func cvtIntFloat(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	var f float64
	if isInt(v.kind()) {
		f = float64(v.Int())
	} else {
		f = float64(v.Uint())
	}
	if t.Kind() == Float32 {
		*(*float32)(r.ptr) = float32(f)
	} else {
		*(*float64)(r.ptr) = f
	}
	return r
}

func cvtFloatInt(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	f := v.Float()
	if isInt(t.Kind()) {
		x := int64(f)
		cvtStore(r, uint64(x))
	} else {
		cvtStore(r, uint64(f))
	}
	return r
}

func cvtStore(r Value, x uint64) {
	switch rtSize(r.typ) {
	case 8:
		*(*uint64)(r.ptr) = x
	case 4:
		*(*uint32)(r.ptr) = uint32(x)
	case 2:
		*(*uint16)(r.ptr) = uint16(x)
	case 1:
		*(*uint8)(r.ptr) = uint8(x)
	}
}

func cvtFloat(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	if t.Kind() == Float32 {
		*(*float32)(r.ptr) = float32(v.Float())
	} else {
		*(*float64)(r.ptr) = v.Float()
	}
	return r
}

func cvtComplex(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	if t.Kind() == Complex64 {
		*(*complex64)(r.ptr) = complex64(v.Complex())
	} else {
		*(*complex128)(r.ptr) = v.Complex()
	}
	return r
}

func cvtIntString(v Value, t *rtype) Value {
	s := "\uFFFD"
	if isInt(v.kind()) {
		if x := v.Int(); int64(rune(x)) == x {
			s = string(rune(x))
		}
	} else {
		if x := v.Uint(); uint64(rune(x)) == x {
			s = string(rune(x))
		}
	}
	r := newValue(t, v.flag.ro())
	*(*string)(r.ptr) = s
	return r
}

func cvtStringBytes(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	*(*[]byte)(r.ptr) = []byte(*(*string)(v.ptr))
	return r
}

func cvtStringRunes(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	*(*[]rune)(r.ptr) = []rune(*(*string)(v.ptr))
	return r
}

func cvtBytesString(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	*(*string)(r.ptr) = string(*(*[]byte)(v.ptr))
	return r
}

func cvtRunesString(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	*(*string)(r.ptr) = string(*(*[]rune)(v.ptr))
	return r
}

func cvtSliceArrayPtr(v Value, t *rtype) Value {
	n := rtLen(rtElem(t))
	h := (*sliceHeader)(v.ptr)
	if n > h.Len {
		panic("reflect: cannot convert slice with length " + strconv.Itoa(h.Len) + " to pointer to array with length " + strconv.Itoa(n))
	}
	return Value{t, funcCell(h.Data), v.flag&^(flagAddr|flagKindMask) | flag(Pointer)}
}

func cvtDirect(v Value, t *rtype) Value {
	r := newValue(t, v.flag.ro())
	typedmemmove(t, r.ptr, v.ptr)
	return r
}

func cvtToInterface(v Value, t *rtype) Value {
	return v.assignTo("reflect.Value.Convert", t)
}

// Comparable reports whether the value v is comparable (Go 1.20).
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).Comparable() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	case Interface:
		return v.Elem().Comparable()
	}
	return v.typ.Comparable()
}

// Equal reports true if v is equal to u (Go 1.20).
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.Kind() != u.Kind() || v.Type() != u.Type() {
		return false
	}
	return valueInterface(v) == valueInterface(u)
}

// SliceHeader is the runtime representation of a slice (Data is the array's address).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string.
type StringHeader struct {
	Data uintptr
	Len  int
}

// ---- functions made at run time ---------------------------------------------------------

// MakeFunc returns a new function of the given Type that wraps the function fn. When
// called, that new function converts its arguments to a slice of Values, runs
// results := fn(args), and returns the results as its own, one per result of typ.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	ft := typ.common()
	impl := func(args []unsafe.Pointer) []unsafe.Pointer {
		in := make([]Value, len(args))
		for i, p := range args {
			t := rtIn(ft, i)
			in[i] = Value{t, p, flag(t.Kind())}
		}
		out := fn(in)
		if len(out) != rtNumOut(ft) {
			panic("reflect: wrong return count from function created by MakeFunc")
		}
		res := make([]unsafe.Pointer, len(out))
		for i, v := range out {
			if v.flag == 0 {
				panic("reflect: function created by MakeFunc using closure returned zero Value")
			}
			if v.flag&flagRO != 0 {
				panic("reflect: function created by MakeFunc using closure returned value obtained from unexported field")
			}
			t := rtOut(ft, i)
			v = v.assignTo("reflect.MakeFunc", t)
			p := unsafe_New(t)
			typedmemmove(t, p, v.ptr)
			res[i] = p
		}
		return res
	}
	cell := new(unsafe.Pointer)
	*cell = makeFuncValue(ft, impl)
	return Value{ft, unsafe.Pointer(cell), flag(Func)}
}

// makeFuncValue: a func value of type t whose calls run impl (stdlib/reflect.cpp).
func makeFuncValue(t *rtype, impl func([]unsafe.Pointer) []unsafe.Pointer) unsafe.Pointer

// ---- select -------------------------------------------------------------------------------

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase describes a single case in a select operation: its direction, the
// channel (a zero Value or a nil channel: the case is ignored) and, for a send, the
// value to send.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// Select executes a select operation described by the list of cases. Like the Go select
// statement, it blocks until at least one of the cases can proceed, makes a uniform
// pseudo-random choice, and then executes that case. It returns the index of the chosen
// case and, if that case was a receive, the value received and whether it was a send
// on the channel (false: a zero value because the channel is closed).
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	// The runtime takes the sends first, then the receives (runtime/chan.h): order maps
	// its indexes back to the caller's.
	var sendIdx, recvIdx []int
	var sendChans, sendElems, recvChans, recvElems []unsafe.Pointer
	var recvTypes []*rtype
	deflt := -1
	for i, c := range cases {
		switch c.Dir {
		case SelectDefault:
			if deflt >= 0 {
				panic("reflect.Select: multiple default cases")
			}
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
			deflt = i
		case SelectSend:
			var ch, elem unsafe.Pointer
			if c.Chan.IsValid() {
				c.Chan.mustBe(Chan, "reflect.Select")
				c.Chan.mustBeExported("reflect.Select")
				if rtChanDir(c.Chan.typ)&SendDir == 0 {
					panic("reflect.Select: SendDir case using recv-only channel")
				}
				v := c.Send
				if !v.IsValid() {
					panic("reflect.Select: SendDir case missing Send value")
				}
				v.mustBeExported("reflect.Select")
				v = v.assignTo("reflect.Select", rtElem(c.Chan.typ))
				ch, elem = *(*unsafe.Pointer)(c.Chan.ptr), v.ptr
			}
			sendIdx = append(sendIdx, i)
			sendChans = append(sendChans, ch)
			sendElems = append(sendElems, elem)
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			var ch, elem unsafe.Pointer
			var et *rtype
			if c.Chan.IsValid() {
				c.Chan.mustBe(Chan, "reflect.Select")
				c.Chan.mustBeExported("reflect.Select")
				if rtChanDir(c.Chan.typ)&RecvDir == 0 {
					panic("reflect.Select: RecvDir case using send-only channel")
				}
				et = rtElem(c.Chan.typ)
				ch, elem = *(*unsafe.Pointer)(c.Chan.ptr), unsafe_New(et)
			}
			recvIdx = append(recvIdx, i)
			recvChans = append(recvChans, ch)
			recvElems = append(recvElems, elem)
			recvTypes = append(recvTypes, et)
		default:
			panic("reflect.Select: invalid Dir")
		}
	}
	chans := append(sendChans, recvChans...)
	elems := append(sendElems, recvElems...)
	k, ok := rselect(chans, elems, len(sendIdx), deflt < 0)
	if k < 0 {
		return deflt, Value{}, false
	}
	if k < len(sendIdx) {
		return sendIdx[k], Value{}, false
	}
	k -= len(sendIdx)
	et := recvTypes[k]
	return recvIdx[k], Value{et, recvElems[k], flag(et.Kind())}, ok
}

// rselect runs the runtime's select over chans[i] with elems[i] (the first nsends are
// sends): the index chosen, -1 for none ready when !block (stdlib/reflect.cpp).
func rselect(chans, elems []unsafe.Pointer, nsends int, block bool) (chosen int, recvOK bool)
