// Package reflect: golite's reflect (Go 1.19's API), over golite's own type descriptors.
//
// How it works. A Type is a *rtype: an opaque pointer to the runtime's descriptor of a Go
// type (runtime::Type, runtime/type.h), which the compiler makes once per distinct type,
// so two Types are equal exactly when they are the same type, as in Go. Go code never
// reads a descriptor: the natives in stdlib/reflect.cpp answer for it (kind, size, name,
// fields, methods ...). A Value is a type, a pointer to the value's memory (always a
// pointer, even for pointer-shaped values, which Go's reflect keeps in the word itself)
// and flags: the kind, whether the memory is addressable (it belongs to a variable, an
// element or a field reached through a pointer), whether it came through an unexported
// field (read-only), and for a method value the method's index. Memory is read and
// written with unsafe in Go, as Go's own reflect does; what needs the runtime (allocation,
// copies of pointer-holding memory under the write barrier, maps, interface tables,
// calls into Go functions) goes through natives.
package reflect

import (
	"strconv"
	"unsafe"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota // <-chan
	SendDir                     // chan<-
	BothDir = RecvDir | SendDir // chan
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// rtype is a runtime type descriptor, opaque to Go code (see the package comment).
type rtype struct{ _ byte }

// The descriptor natives (stdlib/reflect.cpp).
func rtKind(t *rtype) Kind
func rtSize(t *rtype) uintptr
func rtAlign(t *rtype) int
func rtString(t *rtype) string
func rtName(t *rtype) string
func rtPkgPath(t *rtype) string
func rtNamed(t *rtype) bool
func rtDirectIface(t *rtype) bool
func rtComparable(t *rtype) bool
func rtElem(t *rtype) *rtype
func rtKey(t *rtype) *rtype
func rtLen(t *rtype) int
func rtChanDir(t *rtype) ChanDir
func rtNumField(t *rtype) int
func rtField(t *rtype, i int) (name, pkgPath string, typ *rtype, tag string, offset uintptr, embedded bool)
func rtNumIn(t *rtype) int
func rtIn(t *rtype, i int) *rtype
func rtNumOut(t *rtype) int
func rtOut(t *rtype, i int) *rtype
func rtVariadic(t *rtype) bool
func rtNumMethod(t *rtype) int // exported methods; an interface's all
func rtMethod(t *rtype, i int) (name, pkgPath string, mtyp *rtype, fn unsafe.Pointer)
func rtPtrTo(t *rtype) *rtype
func rtImplements(inter, t *rtype) bool
func rtIdenticalUnderlying(t, u *rtype) bool
func rtFuncOf(in, out []*rtype, variadic bool) *rtype
func rtSliceOf(t *rtype) *rtype

func (t *rtype) common() *rtype    { return t }
func (t *rtype) Kind() Kind        { return rtKind(t) }
func (t *rtype) Size() uintptr     { return rtSize(t) }
func (t *rtype) Align() int        { return rtAlign(t) }
func (t *rtype) FieldAlign() int   { return rtAlign(t) }
func (t *rtype) String() string    { return rtString(t) }
func (t *rtype) Name() string      { return rtName(t) }
func (t *rtype) PkgPath() string   { return rtPkgPath(t) }
func (t *rtype) Comparable() bool  { return rtComparable(t) }
func (t *rtype) directIface() bool { return rtDirectIface(t) }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return rtChanDir(t)
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return rtVariadic(t)
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(rtElem(t))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(rtKey(t))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return rtLen(t)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return rtNumField(t)
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= rtNumField(t) {
		panic("reflect: Field index out of bounds")
	}
	name, pkg, typ, tag, off, emb := rtField(t, i)
	return StructField{Name: name, PkgPath: pkg, Type: toType(typ), Tag: StructTag(tag), Offset: off, Index: []int{i}, Anonymous: emb}
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return rtNumIn(t)
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	return toType(rtIn(t, i))
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return rtNumOut(t)
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	return toType(rtOut(t, i))
}

func (t *rtype) NumMethod() int { return rtNumMethod(t) }

// Method returns the i'th method of the type's method set (exported methods, sorted by
// name; an interface's methods, all of them). For a non-interface type its Type has the
// receiver as first parameter and Func calls it.
func (t *rtype) Method(i int) (m Method) {
	if i < 0 || i >= rtNumMethod(t) {
		panic("reflect: Method index out of range")
	}
	name, pkg, mtyp, fn := rtMethod(t, i)
	m.Name, m.PkgPath, m.Index = name, pkg, i
	if t.Kind() == Interface {
		m.Type = toType(mtyp)
		return m
	}
	in := []*rtype{t}
	for k := 0; k < rtNumIn(mtyp); k++ {
		in = append(in, rtIn(mtyp, k))
	}
	var out []*rtype
	for k := 0; k < rtNumOut(mtyp); k++ {
		out = append(out, rtOut(mtyp, k))
	}
	ft := rtFuncOf(in, out, rtVariadic(mtyp))
	m.Type = toType(ft)
	m.Func = Value{typ: ft, ptr: funcCell(fn), flag: flag(Func) | flagMethodFn}
	return m
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	n := rtNumMethod(t)
	for i := 0; i < n; i++ {
		if mn, _, _, _ := rtMethod(t, i); mn == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return rtImplements(u.common(), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return directlyAssignable(u.common(), t) || (u.Kind() == Interface && rtImplements(u.common(), t))
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertOp(u.common(), t) != nil
}

// directlyAssignable: a value of type v may be assigned to one of type t without a
// conversion to an interface: the same type, or one of them unnamed with the same
// underlying type (a bidirectional channel to a directional one).
func directlyAssignable(t, v *rtype) bool {
	if t == v {
		return true
	}
	if rtNamed(t) && rtNamed(v) || t.Kind() != v.Kind() {
		return false
	}
	if t.Kind() == Chan && rtChanDir(v) == BothDir && rtElem(t) == rtElem(v) {
		return true
	}
	return rtIdenticalUnderlying(t, v)
}

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

type emptyInterface struct {
	typ  *rtype
	word unsafe.Pointer
}

// TypeOf returns the reflection Type of the value in i; nil for a nil interface.
func TypeOf(i any) Type {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return toType(e.typ)
}

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return toType(rtPtrTo(t.common())) }

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return toType(rtSliceOf(t.common())) }

// FuncOf returns the function type with the given argument and result types.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	var ri, ro []*rtype
	for _, t := range in {
		ri = append(ri, t.common())
	}
	for _, t := range out {
		ro = append(ro, t.common())
	}
	return toType(rtFuncOf(ri, ro, variadic))
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type  // method type
	Func    Value // func with receiver as first argument
	Index   int   // index for Type.Method
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, by the convention
// `key:"value" key2:"value2"`, and whether the key was there.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var ft Type = t
	for i, x := range index {
		if i > 0 && ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
			ft = ft.Elem()
		}
		f = ft.Field(x)
		ft = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc finds the field whose name satisfies match at the shallowest depth of
// embedding where exactly one does (Go's rule: two at the same depth hide each other).
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	type scan struct {
		typ   *rtype
		index []int
	}
	current := []scan{{t, nil}}
	visited := map[*rtype]bool{}
	for len(current) > 0 {
		var next []scan
		var found StructField
		count := 0
		for _, s := range current {
			if visited[s.typ] {
				continue
			}
			visited[s.typ] = true
			for i := 0; i < rtNumField(s.typ); i++ {
				name, pkg, ftyp, tag, off, emb := rtField(s.typ, i)
				fname := name
				index := append(append([]int(nil), s.index...), i)
				if match(fname) {
					count++
					if count == 1 {
						found = StructField{Name: name, PkgPath: pkg, Type: toType(ftyp), Tag: StructTag(tag), Offset: off, Index: index, Anonymous: emb}
					}
					continue
				}
				if emb {
					et := ftyp
					if et.Kind() == Pointer {
						et = rtElem(et)
					}
					if et.Kind() == Struct {
						next = append(next, scan{et, index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		current = next
	}
	return StructField{}, false
}
