package app.stoika.pos.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product's picture, kept apart from Product so listing the catalog never loads image bytes. */
@Entity
@Table(name = "product_image")
public class ProductImage {
    @Id
    @Column(name = "product_id")
    private Long productId;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(nullable = false)
    private byte[] data;

    protected ProductImage() {
    }

    public Long productId() { return productId; }
    public String contentType() { return contentType; }
    public byte[] data() { return data.clone(); }
}
